// Les arguments de HExécuteRequêteSQL sont (requête, [connexion,] [mode,] texte SQL),
// les paramètres du texte SQL donnés à la Source de Données (REQ.pID = valeur). Écrit
// autrement (le texte SQL en second et une valeur après le mode, un texte à la place du
// mode, un nombre en dernier) l'appel échoue en mots, HErreurInfo disant la syntaxe ;
// nID était exécuté comme le SQL ('near "1": syntax error') et le texte SQL lu comme le
// mode, sans un mot. Décidé (INFERRED : la ligne de syntaxe de ?3044084) : docs/hfsql.md
// "Queries, data sources, aliases".
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
nID est un entier = Customer.CustomerID
REQ_Client est une Source de Données
sSQL est une chaîne = "SELECT Name FROM Customer WHERE CustomerID = {pID}"
Trace(HExécuteRequêteSQL(REQ_Client, sSQL, hRequêteDéfaut, nID), ErreurDétectée)   // expect: 0, 1
Trace(Position(HErreurInfo(), "expects (query, [connection,] [mode,] SQL text)") > 0)   // expect: 1
Trace(Position(HErreurInfo(), "is not a connection") > 0)                            // expect: 1
Trace(HExécuteRequêteSQL(REQ_Client, sSQL, hRequêteDéfaut))                         // expect: 0
Trace(Position(HErreurInfo(), "is not a mode") > 0)                                  // expect: 1
Trace(HExécuteRequêteSQL(REQ_Client, hRequêteDéfaut, nID))                          // expect: 0
Trace(Position(HErreurInfo(), "the SQL text is expected last, not 1") > 0)          // expect: 1
// HPrépareRequêteSQL prend les mêmes arguments
Trace(HPrépareRequêteSQL(REQ_Client, sSQL, hRequêteDéfaut, nID))                    // expect: 0
Trace(Position(HErreurInfo(), "is not a connection") > 0)                            // expect: 1
// comme la syntaxe l'écrit
REQ_Client.pID = nID
Trace(HExécuteRequêteSQL(REQ_Client, hRequêteDéfaut, sSQL), ErreurDétectée)         // expect: 1, 0
POUR TOUT REQ_Client
	Trace(REQ_Client.Name)                                                          // expect: Dupont
FIN
// une requête préparée à qui l'on donne plus que son mode reçoit les mêmes mots : le
// SELECT 1 préparé était exécuté à la place, sans un mot ; seule, elle s'exécute encore
R est une Source de Données
HPrépareRequêteSQL(R, "SELECT 1 AS a")
Trace(HExécuteRequêteSQL(R, "SELECT 2 AS a", hRequêteDéfaut, 5), ErreurDétectée)  // expect: 0, 1
Trace(Position(HErreurInfo(), "is not a connection; HExecuteSQLQuery expects") > 0) // expect: 1
Trace(HExécuteRequêteSQL(R, hRequêteDéfaut, 5))                                   // expect: 0
Trace(Position(HErreurInfo(), "the SQL text is expected last, not 5") > 0)       // expect: 1
Trace(HExécuteRequêteSQL(R, hRequêteDéfaut), HLitPremier(R), R.a)                 // expect: 1, 1, 1
