// Mise à jour en masse par du SQL écrit à la main (UPDATE, INSERT, DELETE), puis
// relecture par les fonctions H : un monétaire calculé par le SQL (Balance * 1.1) se relit
// avec ses 6 décimales (SQLite le gardait en réel : 110.00000000000001)
POUR TOUT sNom DE ["Dupont", "Martin", "Durand"]
	HRAZ(Customer)
	Customer.Name = sNom
	Customer.Balance = 100
	HAjoute(Customer)
FIN
REQ est une Source de Données
SI PAS HExécuteRequêteSQL(REQ, "UPDATE Customer SET Balance = Balance * 1.1 WHERE Name LIKE 'D%'") ALORS Trace(HErreurInfo())
SI PAS HExécuteRequêteSQL(REQ, "INSERT INTO Customer (Name, City, Balance) VALUES ('Zoé', 'Nice', 5.5)") ALORS Trace(HErreurInfo())
SI PAS HExécuteRequêteSQL(REQ, "DELETE FROM Customer WHERE Name = 'martin'") ALORS Trace(HErreurInfo())
POUR TOUT Customer SUR Name
	Trace(Customer.Name, Customer.Balance, Customer.CustomerID)
FIN
// expect: Dupont, 110, 1
// expect: Durand, 110, 3
// expect: Zoé, 5.5, 4
mTotal est un monétaire
POUR TOUT Customer
	mTotal += Customer.Balance
FIN
Trace(mTotal)                     // expect: 225.5
REQ2 est une Source de Données
REQ2.pMin = 50
REQ2.pNom = "Z%"
HExécuteRequêteSQL(REQ2, "SELECT TOP 1 Name FROM Customer WHERE Balance > {pMin} OR Name LIKE {pNom} ORDER BY Name DESC")
HLitPremier(REQ2)
Trace(HNbEnr(REQ2), REQ2.Name)    // expect: 1, Zoé
