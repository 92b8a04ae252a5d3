// HSaveParameter, HLoadParameter, HDeleteParameter, HListParameter: named values kept in
// the database of a connection ("" : the program's own database); decided, docs/hfsql.md
Trace(HSaveParameter("", "LastInvoice", 1042), HSaveParameter("", "Theme", "dark"))   // expect: 1, 1
Trace(HLoadParameter("", "lastinvoice"), HLoadParameter("", "THEME"))   // expect: 1042, dark
Trace(HLoadParameter("", "Nothing"), HLoadParameter("", "Nothing", "none"))   // expect: , none
// saving again replaces the value
HSaveParameter("", "Theme", "light")
Trace(HLoadParameter("", "Theme"), Replace(HListParameter(""), CR, ","))   // expect: light, LastInvoice,Theme
// kept in the database: a transaction cancelled takes the value back
HTransactionStart()
HSaveParameter("", "Theme", "blue")
HTransactionCancel()
Trace(HLoadParameter("", "Theme"))                      // expect: light
Trace(HDeleteParameter("", "theme"), HListParameter(""))   // expect: 1, LastInvoice
Trace(HDeleteParameter("", "theme"), ErrorOccurred, HError() <> 0)   // expect: 0, 1, 1
Trace(HSaveParameter("", "", 1), ErrorOccurred)         // expect: 0, 1
// on a connection: its own database, its own parameters
cnx is Connection
cnx..Provider = hNativeAccessSQLite
cnx..Database = ":memory:"
Trace(HSaveParameter(cnx, "Theme", "green"), HLoadParameter(cnx, "Theme"), HLoadParameter("", "Theme", "-"))   // expect: 1, green, -
Trace(HListParameter(cnx), HListParameter())             // expect: Theme, LastInvoice
