// Le SQL d'HFSQL sur SQLite et PostgreSQL : LIMIT début, nombre et WL.Fonction(...)
AjouteClient("Alice")
AjouteClient("Bob")
AjouteClient("Carole")
sRequête est une chaîne = ChaîneConstruit("SELECT Name FROM customer ORDER BY Name LIMIT %1, %2", 2, 10)
HExécuteRequêteSQL(REQ_Page, hRequêteDéfaut, sRequête)
POUR TOUT REQ_Page
	Trace(REQ_Page.Name)           // expect: Carole
FIN
HExécuteRequêteSQL(REQ_WL, "SELECT WL.DateDifférence('20240101', '20240301') AS Jours, WL.Majuscule('été') AS Maj")
HLitPremier(REQ_WL)
Trace(REQ_WL.Jours, REQ_WL.Maj)  // expect: 60, ÉTÉ

PROCÉDURE AjouteClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
HAjoute(Customer)
