// Fichier.Rubrique = valeur : la première écriture d'une instruction cherche le fichier,
// les suivantes rangent dans le buffer directement tant que le nom désigne ce fichier
// (docs/hfsql.md, "Performance") : les valeurs sont converties au type de la rubrique
POUR i = 1 À 3
	HRAZ(Customer)
	Customer.Name = "C" + i
	Customer.Balance = i                            // un entier dans un monétaire
	Customer.VIP = i - 2                            // un nombre dans un booléen
	SI i = 3 ALORS Customer.Balance = 0.1234567     // un réel : arrondi à 6 décimales
	HAjoute(Customer)
FIN
POUR TOUT Customer SUR Name
	Trace(Customer.Name, Customer.Balance, Customer.VIP)
FIN
// expect: C1, 1, 1
// expect: C2, 2, 0
// expect: C3, 0.123457, 1
// un monétaire fait d'un entier, puis changé, ou remis à zéro : le buffer est écrit
HRAZ(Customer)
Customer.Name = "W1"
Customer.Balance = 7
Customer.Balance = Customer.Balance + 0.5
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "W2"
Customer.Balance = 9
HRAZ(Customer)
Customer.Name = "W3"
HAjoute(Customer)
HLitRecherchePremier(Customer, Name, "W1")
Trace(Customer.Balance)                         // expect: 7.5
HLitRecherchePremier(Customer, Name, "W3")
Trace(Customer.Balance)                         // expect: 0
// le nom désigne un autre fichier entre deux écritures : les écritures le suivent
POUR i = 1 À 2
	SI i = 2 ALORS HChangeNom(Customer, "Customer2")
	HRAZ(Customer)
	Customer.Name = "N" + i
	HAjoute(Customer)
FIN
Trace(HNbEnr(Customer))                         // expect: 1
HChangeNom(Customer, "")
Trace(HNbEnr(Customer))                         // expect: 6
