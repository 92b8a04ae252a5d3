// HDeleteAll of a data file moved to another connection (HChangeConnection) empties the
// file there: it emptied the run's own database's table and left the other one's
HReset(Product)
Product.Reference = "MAIN"
HAdd(Product)
cnx is Connection
cnx..Provider = hNativeAccessSQLite
cnx..Database = ":memory:"
Trace(HOpenConnection(cnx), HChangeConnection(Product, cnx))   // expect: 1, 1
Product.Reference = "OTHER"
HAdd(Product)
Trace(HDeleteAll(Product), HNbRec(Product))                     // expect: 1, 0
HCloseConnection(cnx)
HReadFirst(Product, Reference)
Trace(HNbRec(Product), Product.Reference)                       // expect: 1, MAIN
