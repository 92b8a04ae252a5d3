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
Trace(HExécuteRequêteSQL(REQ_Fin, "SELECT BOTTOM 1 Name FROM customer ORDER BY Name"))   // expect: 0
Trace(HErreurInfo() [= "SELECT BOTTOM 1 cannot be run on this database")   // expect: 1
HExécuteRequêteSQL(REQ_Pourcent, "SELECT TOP 10 PERCENT Name FROM customer")
Trace(HErreurInfo() [= "SELECT TOP 10 PERCENT cannot be run on this database")   // expect: 1

PROCÉDURE AjouteClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
HAjoute(Customer)
