// Une lecture sur une Source de Données sans résultat (sa requête était un UPDATE, a
// échoué ou n'a pas été exécutée) est un échec H* non fatal, comme POUR TOUT sur elle ne
// fait aucun tour (décidé, INFERRED : docs/hfsql.md « Queries ») ; elle arrêtait
// l'exécution (« the data source holds no query result or file »).
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
REQ_MAJ est une Source de Données
Trace(HExécuteRequêteSQL(REQ_MAJ, "UPDATE Customer SET City = 'Lyon'"), ErreurDétectée)  // expect: 1, 0
Trace(HLitPremier(REQ_MAJ), ErreurDétectée, HEnDehors(REQ_MAJ), HTrouve(REQ_MAJ))  // expect: 0, 1, 1, 0
Trace(ErreurInfo())
// expect: HLitPremier: REQ_MAJ holds no result to read: its query failed, was not a SELECT (UPDATE, DELETE, INSERT...) or was not run.
Trace(Position(HErreurInfo(), "REQ_MAJ holds no result") > 0)         // expect: 1
// l'UPDATE a été fait
REQ_VILLE est une Source de Données
HExécuteRequêteSQL(REQ_VILLE, "SELECT City FROM Customer")
HLitPremier(REQ_VILLE)
Trace(REQ_VILLE.City, ErreurDétectée)                                   // expect: Lyon, 0
// une requête en échec
REQ_KO est une Source de Données
Trace(HExécuteRequêteSQL(REQ_KO, "SELECT * FROM FichierInconnu"))        // expect: 0
Trace(HLitPremier(REQ_KO), HLitSuivant(REQ_KO), HEnDehors(REQ_KO), HNumEnr(REQ_KO))  // expect: 0, 0, 1, 0
Trace(HNbEnr(REQ_KO), ErreurDétectée)                                   // expect: -1, 1
nLignes est un entier
POUR TOUT REQ_KO
	nLignes++
FIN
Trace(nLignes)                                                          // expect: 0
// le test habituel après la requête
SI PAS HExécuteRequêteSQL(REQ_KO, "SELECT * FROM FichierInconnu") ALORS
	Trace("requête en échec")                                           // expect: requête en échec
SINON SI HLitPremier(REQ_KO) ALORS
	Trace("lu")
FIN
// une requête en échec ne laisse aucun résultat, pas celui de la requête d'avant
Trace(HExécuteRequêteSQL(REQ_VILLE, "SELECT City FROM Customer"), HLitPremier(REQ_VILLE))  // expect: 1, 1
Trace(HExécuteRequêteSQL(REQ_VILLE, "SELECT City FROM FichierInconnu"))  // expect: 0
nLignes = 0
POUR TOUT REQ_VILLE
	nLignes++
FIN
Trace(nLignes, HLitPremier(REQ_VILLE), HEnDehors(REQ_VILLE))            // expect: 0, 0, 1
