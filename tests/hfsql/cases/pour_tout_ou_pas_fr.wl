// POUR TOUT Fichier AVEC/OÙ : les comparaisons jointes par OU et PAS aussi, entre
// parenthèses comme écrites (c'était une erreur de compilation : « the condition must
// compare items with values »)
POUR i = 1 _À_ 4
	HRAZ(Customer)
	Customer.Name = "C" + i
	HAjoute(Customer)
	HRAZ(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.Total = 50 * i
	Orders.Status = i MODULO 2
	HAjoute(Orders)
FIN
POUR TOUT Orders AVEC CustomerID >= 2 ET Status = 0
	Trace("et", Orders.CustomerID)
FIN
// expect: et, 2
// expect: et, 4
pour tout Orders où Total > 150 ou Orders.Status = 1
	trace("ou", Orders.CustomerID)
fin
// expect: ou, 1
// expect: ou, 3
// expect: ou, 4
POUR TOUT Orders AVEC (Total > 150 OU Status = 1) ET PAS CustomerID = 3
	Trace("et pas", Orders.CustomerID)
FIN
// expect: et pas, 1
// expect: et pas, 4
nLimite est un entier = 100
POUR TOUT Orders SUR OrderID AVEC PAS (Status = 1) OU Total < nLimite
	Trace("pas", Orders.CustomerID)
FIN
// expect: pas, 1
// expect: pas, 2
// expect: pas, 4
