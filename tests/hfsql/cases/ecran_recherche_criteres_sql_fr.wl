// (méthode b) L'écran de recherche de clients, comme l'écrit un développeur WINDEV : la
// requête SQL bâtie en texte selon les critères saisis (nom, ville, solde minimum,
// paramètres optionnels), leurs valeurs passées en paramètres {pNom} : un nom avec une
// apostrophe (O'Brien) se trouve, une saisie malveillante ne trouve rien ; l'apostrophe
// doublée à la main marche aussi, l'oubli est une erreur non fatale (70800).
// Jumeau anglais : search_screen_sql_criteria_en.wl.
AjouteClient("O'Brien", "Lyon", 120.5)
AjouteClient("Dupont", "Paris", 10)
AjouteClient("d'Artagnan", "Auch", 300)
AjouteClient("Dupond", "Lyon", 0)
Trace(Recherche("o'brien"))                      // expect: 1 : O'Brien
Trace(Recherche("dup", "lyon"))                  // expect: 1 : Dupond
Trace(Recherche("", "", 100))                    // expect: 2 : d'Artagnan;O'Brien
Trace(Recherche("x' OR '1'='1") = "0 : ")          // expect: 1
Trace(Recherche("D'"))                           // expect: 1 : d'Artagnan
Trace(Recherche(""))                             // expect: 4 : d'Artagnan;Dupond;Dupont;O'Brien
REQ est une Source de Données
sNom est une chaîne = "O'Brien"
// l'apostrophe doublée à la main
SI HExécuteRequêteSQL(REQ, hRequêteDéfaut, "SELECT Name FROM Customer WHERE Name = '" + Remplace(sNom, "'", "''") + "'") ALORS
	HLitPremier(REQ)
	Trace(HNbEnr(REQ), REQ.Name)                 // expect: 1, O'Brien
FIN
// oubliée : la requête est refusée, sans arrêter le programme
SI PAS HExécuteRequêteSQL(REQ, hRequêteDéfaut, "SELECT Name FROM Customer WHERE Name = '" + sNom + "'") ALORS
	Trace("refusée", HErreur(), ErreurDétectée)  // expect: refusée, 70800, 1
FIN
// le même paramètre deux fois, et la forme :pNom
REQ.pN = "o'brien"
SI HExécuteRequêteSQL(REQ, hRequêteDéfaut, "SELECT Name FROM Customer WHERE UPPER(Name) = UPPER({pN}) OR Name = {pN}") ALORS
	Trace(HNbEnr(REQ))                           // expect: 1
FIN
REQ2 est une Source de Données
REQ2.pN = "O'Brien"
SI HExécuteRequêteSQL(REQ2, hRequêteDéfaut, "SELECT Name FROM Customer WHERE Name = :pN") ALORS
	Trace(HNbEnr(REQ2))                          // expect: 1
FIN

PROCÉDURE Recherche(LOCAL sNom est une chaîne, LOCAL sVille est une chaîne = "", LOCAL mSoldeMin est un monétaire = 0) : chaîne
REQ_Clients est une Source de Données
sSQL est une chaîne = "SELECT CustomerID, Name, City FROM Customer WHERE 1 = 1"
SI sNom <> "" ALORS
	sSQL += " AND UPPER(Name) LIKE {pNom}"
	REQ_Clients.pNom = Majuscule(sNom) + "%"
FIN
SI sVille <> "" ALORS
	sSQL += " AND UPPER(City) = {pVille}"
	REQ_Clients.pVille = Majuscule(sVille)
FIN
SI mSoldeMin > 0 ALORS
	sSQL += " AND Balance >= {pSolde}"
	REQ_Clients.pSolde = mSoldeMin
FIN
sSQL += " ORDER BY Name"
SI PAS HExécuteRequêteSQL(REQ_Clients, hRequêteDéfaut, sSQL) ALORS
	RENVOYER "Erreur : " + HErreurInfo()
FIN
sRes est une chaîne
POUR TOUT REQ_Clients
	sRes += [";"] + REQ_Clients.Name
FIN
RENVOYER HNbEnr(REQ_Clients) + " : " + sRes

PROCÉDURE AjouteClient(sNom, sVille, mSolde est un monétaire)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
Customer.Balance = mSolde
HAjoute(Customer)
