// HExécuteRequêteSQL sur une Source de Données dont le SQL a des {paramètres} ou des
// :paramètres, valeurs données à la source avant l'exécution (docs/hfsql.md)
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
Customer.Balance = 5
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
Customer.Balance = 50
HAjoute(Customer)
sdClients est une Source de Données
sdClients.pMin = 10
Trace(HExécuteRequêteSQL(sdClients, hRequêteDéfaut, "SELECT Name, '50%' AS taux FROM Customer WHERE Balance >= {pMin}"))   // expect: 1
POUR TOUT sdClients
    Trace(sdClients.Name, sdClients.taux)   // expect: Martin, 50%
FIN
// sans valeur, la condition du paramètre est retirée
sdTous est une source de données
HExécuteRequêteSQL(sdTous, "SELECT Name FROM Customer WHERE Balance >= {pAucun} ORDER BY Name")
Trace(HNbEnr(sdTous), HLitPremier(sdTous), sdTous.Name)   // expect: 2, 1, Dupont
// :paramètre
sdNom est une Source de Données
sdNom.nom = "Dupont"
HExécuteRequêteSQL(sdNom, "SELECT City FROM Customer WHERE Name = :nom")
HLitPremier(sdNom)
Trace(sdNom.City)                            // expect: Paris
sdSans est une Source de Données
Trace(HExécuteRequêteSQL(sdSans, "SELECT City FROM Customer WHERE Name = :qui"), HErreur() <> 0)   // expect: 0, 1
