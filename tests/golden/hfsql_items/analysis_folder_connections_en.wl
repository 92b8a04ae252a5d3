// The analysis kept in its analysis folder (Shop.ana/Shop.xdd beside the script, where the
// IDE keeps it and PC SOFT's published projects keep its export) is the script's
// analysis; the connections it describes (CONNEXION) are names, each standing for the
// run's own database (wlinterp/hfsql/project_data.py find_analysis, stdlib/
// hfsql_connection.py; docs/hfsql.md "The analysis in its folder, its connections").
HCreationIfNotFound(Part)
Part.Ref = "P1"
Trace(HAdd(Part), Part.Stock) // expect: 1, 7
Trace(HChangeConnection(Part, LocalCnx)) // expect: 1
Trace(HNbRec(Part)) // expect: 1
Trace(HChangeConnection("*", "servercnx")) // expect: 1
Trace(HOpenConnection(ServerCnx), HCloseConnection(ServerCnx)) // expect: 1, 1
Trace(HReadSeekFirst(Part, Ref, "P1"), Part.Stock) // expect: 1, 7
Trace(HChangeConnection(Part, "NoSuchCnx"), ErrorOccurred) // expect: 0, 1
Trace(Position(HErrorInfo(), "no connection named 'NoSuchCnx'") > 0) // expect: 1
