// Requête SQL, hModifieFichier et HExécuteRequête sur une connexion, en français
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAjoute(Customer)
REQ_Ville est une Requête SQL = [
    SELECT Name, City FROM Customer WHERE City = {pVille}
]
// un paramètre non renseigné retire sa condition dans le SELECT de l'UNION qui le porte
REQ_Deux est une Requête SQL = [
    SELECT Name FROM Customer WHERE Name = {pNom} UNION ALL SELECT City FROM Customer WHERE City = {pVille}
]
REQ_Deux.pNom = "Dupont"
Trace(HExécuteRequête(REQ_Deux), HNbEnr(REQ_Deux))   // expect: 1, 2
REQ_Ville.pVille = "Paris"
HExécuteRequête(REQ_Ville, hRequêteDéfaut + hModifieFichier)
HLitPremier(REQ_Ville)
REQ_Ville.City = "Brest"
Trace(HModifie(REQ_Ville))                   // expect: 1
HLitRecherchePremier(Customer, Name, "Dupont")
Trace(Customer.City)                         // expect: Brest
HDécritConnexion("Autre", "", "", "", ":memory:", hAccèsNatifSQLite)
HOuvreConnexion("Autre")
sdP est une Source de Données
Trace(HExécuteRequêteSQL(sdP, "Autre", hRequêteDéfaut, "SELECT 41 + 1 AS n"))   // expect: 1
HLitPremier(sdP)
Trace(sdP.n)                                 // expect: 42
