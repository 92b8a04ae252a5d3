// Connections: a data file moved to another database and back (EN + FR)
HReset(Product)
Product.Reference = "MAIN"
HAdd(Product)
cnx is Connection
cnx..Provider = hNativeAccessSQLite
cnx..Database = ":memory:"
cnx..User = "me"
cnx..Password = "secret"
Trace(cnx..Password = "", cnx..User)        // expect: 1, me
Trace(HOpenConnection(cnx))                 // expect: 1
HChangeConnection(Product, cnx)
Trace(HNbRec(Product))                      // expect: 0
HReset(Product)
Product.Reference = "OTHER"
HAdd(Product)
HReadFirst(Product, Reference)
Trace(Product.Reference, HNbRec(Product))   // expect: OTHER, 1
HCloseConnection(cnx)
HReadFirst(Product, Reference)
Trace(Product.Reference, HNbRec(Product))   // expect: MAIN, 1
// a described connection, in French; a bad one fails without stopping the program
HDécritConnexion("Mémoire", "", "", "", ":memory:", hAccèsNatifSQLite)
HOuvreConnexion("Mémoire")
HChangeConnexion("*", "Mémoire")
Trace(HNbEnr(Product), HNbEnr(Customer))    // expect: 0, 0
HFermeConnexion("Mémoire")
Trace(HNbEnr(Product))                      // expect: 1
bad is Connection
bad..Server = "postgresql://nobody@/nowhere?host=/nonexistent&connect_timeout=2"
Trace(HOpenConnection(bad), HError() <> 0, ErrorOccurred)   // expect: 0, 1, 1
Trace(Position(HErrorInfo(), "secret"))     // expect: 0
// a provider wlinterp cannot reach (HFSQL Client/Server) fails as an unreachable database
// does: False, HErrorInfo() says why, the program goes on (EN + FR)
hfcs is Connection
hfcs..Provider = hAccessHFClientServer
hfcs..Server = "localhost:4900"
hfcs..Database = "shop"
Trace(HOpenConnection(hfcs), HError() <> 0, ErrorOccurred)   // expect: 0, 1, 1
Trace(Position(HErrorInfo(), "provider") > 0)  // expect: 1
HDécritConnexion("Serveur", "admin", "", "localhost:4900", "shop", hAccèsHFClientServeur)
Trace(HOuvreConnexion("Serveur"), ErreurDétectée)   // expect: 0, 1
Trace(HChangeConnexion(Product, "Serveur"), ErreurDétectée)   // expect: 0, 1
Trace(HNbEnr(Product))                      // expect: 1
// HFSQL Classic and Access through OLE DB (PC SOFT's replication example describes them
// so): known constants, providers wlinterp cannot reach (EN + FR)
HDescribeConnection("Classic", "", "", "C:\Data\Portugal", "", hAccessHF7)
Trace(HOpenConnection("Classic"), ErrorOccurred)   // expect: 0, 1
HDécritConnexion("Access", "", "", "C:\Data\base.mdb", "", hOledbAccess2000)
Trace(HOuvreConnexion("Access"), ErreurDétectée, hAccèsHF7 = hAccessHF7)   // expect: 0, 1, 1
