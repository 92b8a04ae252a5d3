// SELECT TOP n du SQL HFSQL, sur SQLite et PostgreSQL : LIMIT n à la fin de ce SELECT
// (décidé, docs/hfsql.md "HFSQL's SQL translated")
AjouteClient("Dave")
AjouteClient("Alice")
AjouteClient("Carol")
AjouteClient("Bob")
HExécuteRequêteSQL(REQ_Top, "SELECT TOP 3 Name FROM customer ORDER BY Name")
POUR TOUT REQ_Top
	Trace(REQ_Top.Name)          // expect: Alice
FIN                              // expect: Bob
                                 // expect: Carol
HExécuteRequêteSQL(REQ_Paren, "SELECT TOP (1) Name FROM customer ORDER BY Name DESC")
HLitPremier(REQ_Paren)
Trace(REQ_Paren.Name, HNbEnr(REQ_Paren))   // expect: Dave, 1
// BOTTOM n : les n dernières lignes, dans l'ordre de la requête (décidé)
HExécuteRequêteSQL(REQ_Fin, "SELECT BOTTOM 1 Name FROM customer ORDER BY Name")
HLitPremier(REQ_Fin)
Trace(REQ_Fin.Name, HNbEnr(REQ_Fin))       // expect: Dave, 1
HExécuteRequêteSQL(REQ_Fin2, "SELECT bottom (3) Name FROM customer ORDER BY Name DESC")
POUR TOUT REQ_Fin2
	Trace(REQ_Fin2.Name)         // expect: Carol
FIN                              // expect: Bob
                                 // expect: Alice
Trace(HExécuteRequêteSQL(REQ_Union, "SELECT BOTTOM 1 Name FROM customer UNION SELECT Name FROM customer"))   // expect: 0
Trace(HErreurInfo() [= "SELECT BOTTOM 1 with UNION: BOTTOM in a member of a UNION")   // expect: 1
HExécuteRequêteSQL(REQ_Pourcent, "SELECT TOP 10 PERCENT Name FROM customer")
Trace(HErreurInfo() [= "SELECT TOP 10 PERCENT cannot be run on this database")   // expect: 1

PROCÉDURE AjouteClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
HAjoute(Customer)
