// Un booléen comparé à 1 ou 0 dans du SQL écrit à la main (`WHERE VIP = 1`, `SET VIP = 0`) :
// PostgreSQL le refusait (« operator does not exist: boolean = integer ») ; des paramètres
// booléen et date, et IS NULL
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.VIP = Vrai
Customer.BirthDate = "19800512"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Martin"
Customer.VIP = Faux
HAjoute(Customer)
REQ est une Source de Données
REQ.pVIP = Vrai
SI PAS HExécuteRequêteSQL(REQ, "SELECT Name FROM Customer WHERE VIP = {pVIP}") ALORS Trace(HErreurInfo())
POUR TOUT REQ
	Trace(REQ.Name)
FIN
// expect: Dupont
REQ2 est une Source de Données
dMin est une Date = "19700101"
REQ2.pDate = dMin
SI PAS HExécuteRequêteSQL(REQ2, "SELECT Name, BirthDate FROM Customer WHERE BirthDate >= {pDate}") ALORS Trace(HErreurInfo())
POUR TOUT REQ2
	Trace(REQ2.Name, REQ2.BirthDate)
FIN
// expect: Dupont, 19800512
REQ3 est une Source de Données
SI PAS HExécuteRequêteSQL(REQ3, "SELECT Name FROM Customer WHERE VIP = 1") ALORS Trace(HErreurInfo())
HLitPremier(REQ3)
Trace(REQ3.Name)
// expect: Dupont
REQ4 est une Source de Données
SI PAS HExécuteRequêteSQL(REQ4, "SELECT Name FROM Customer WHERE VIP = 0 OR VIP IS NULL") ALORS Trace(HErreurInfo())
HLitPremier(REQ4)
Trace(REQ4.Name)
// expect: Martin
SI PAS HExécuteRequêteSQL(REQ4, "UPDATE Customer SET VIP = 1 WHERE VIP = 0") ALORS Trace(HErreurInfo())
Trace(HNbEnr(Customer, hEtatActif))
// expect: 2
POUR TOUT Customer AVEC VIP = Vrai
	Trace(Customer.Name)
FIN
// expect: Dupont
// expect: Martin
// un INSERT qui donne 0 à la rubrique booléenne
SI PAS HExécuteRequêteSQL(REQ4, "INSERT INTO Customer (Name, VIP) VALUES ('Zoé', 0)") ALORS Trace(HErreurInfo())
POUR TOUT Customer AVEC VIP = Faux
	Trace(Customer.Name)
FIN
// expect: Zoé
// un INSERT sans liste de colonnes : les rubriques dans l'ordre de l'analyse, VIP reçoit 1
SI PAS HExécuteRequêteSQL(REQ4, "INSERT INTO Customer VALUES (70, 'Yann', 'y@x.fr', 'Lyon', 'ACME', '19800101', 0, 1, '')") ALORS Trace(HErreurInfo())
HLitRecherchePremier(Customer, CustomerID, 70)
Trace(Customer.Name, Customer.VIP, Customer.City)
// expect: Yann, 1, Lyon
