// hORead (HConnect's access, a Connection's ..Access, HDescribeConnection's): the
// database opened read-only: reads work, every write is refused, nothing is created
sFile is string = fTempPath() + "/wl_read_only_" + GetUUID() + ".db"
Trace(HConnect(Product, "me", "", sFile, hNativeAccessSQLite, hOReadWrite))   // expect: 1
HReset(Product)
Product.Reference = "P1"
Product.Label = "Pen"
HAdd(Product)
Trace(HConnect(Product, "me", "", sFile, hNativeAccessSQLite, hORead))   // expect: 1
Trace(HNbRec(Product), HReadFirst(Product, Reference), Product.Label)   // expect: 1, 1, Pen
Product.Label = "Changed"
Trace(HModify(Product), HError() <> 0)       // expect: 0, 1
HReset(Product)
Product.Reference = "P2"
Trace(HAdd(Product), HError() <> 0)          // expect: 0, 1
Trace(HDelete(Product, 1), HNbRec(Product))  // expect: 0, 1
// a data file missing there is not created: HConnect fails, the file stays where it was
Trace(HConnect(Customer, "me", "", sFile, hNativeAccessSQLite, hORead), HError() <> 0)   // expect: 0, 1
Trace(Position(HErrorInfo(), "read-only") > 0)   // expect: 1
// a Connection whose ..Access is hORead
cnx is Connection
cnx..Provider = hNativeAccessSQLite
cnx..Database = sFile
cnx..Access = hORead
HOpenConnection(cnx)
HChangeConnection(Product, cnx)
Trace(HReadFirst(Product, Reference), Product.Reference)   // expect: 1, P1
Product.Label = "Again"
Trace(HModify(Product))                      // expect: 0
// HDescribeConnection with hOReadWrite writes
HDescribeConnection("RW", "", "", "", sFile, hNativeAccessSQLite, hOReadWrite)
HChangeConnection(Product, "RW")
HReadFirst(Product, Reference)
Product.Label = "Written"
Trace(HModify(Product))                      // expect: 1
HChangeConnection(Product, cnx)
HReadFirst(Product, Reference)
Trace(Product.Label)                         // expect: Written
HConnect("*")
HCloseConnection(cnx)
HCloseConnection("RW")
Trace(fDelete(sFile))                        // expect: 1
// a database file that does not exist is not created by a read-only connection
sNone is string = sFile + ".none"
Trace(HConnect(Product, "me", "", sNone, hNativeAccessSQLite, hORead), HError() <> 0, fFileExist(sNone))   // expect: 0, 1, 0
