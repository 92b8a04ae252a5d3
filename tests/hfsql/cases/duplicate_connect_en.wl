// HDuplicateRecord (?1000020538): the record in the buffer added again, with a new
// automatic identifier; HConnect (?3044263): a data file moved to another database and back
HReset(Customer)
Customer.Name = "Ada"
Customer.City = "Paris"
HAdd(Customer)
HReadFirst(Customer, CustomerID)
Trace(HDuplicateRecord(Customer), Customer.CustomerID, Customer.Name, HNbRec(Customer))   // expect: 1, 2, Ada, 2
// the page's example, then the buffer changed before duplicating; the default file
HDuplicateRecord(Customer)
Customer.City = "Lyon"
Trace(HDuplicateRecord(), Customer.CustomerID, HNbRec(Customer))   // expect: 1, 4, 4
HReadSeekFirst(Customer, CustomerID, 4)
Trace(Customer.City, HRecNum(Customer))                       // expect: Lyon, 4
HReadSeekFirst(Customer, CustomerID, 1)
Trace(Customer.City)                                          // expect: Paris
// a unique key: refused as HAdd refuses it
HReset(Product)
Product.Reference = "P1"
HAdd(Product)
Trace(HDuplicateRecord(Product), HErrorDuplicates(), HNbRec(Product))   // expect: 0, 1, 1
// the database's own message is the error's sub-error (its words depend on the database)
HDuplicateRecord(Product)
Trace(ErrorInfo(errNumberSubError), Position(ErrorInfo(errMessage, 1), " on Product: ") > 0, ErrorInfo(errCode, 1) = ErrorInfo(errCode))   // expect: 1, 1, 1
Product.Reference = "P2"
Trace(HDuplicateRecord(Product), HNbRec(Product))             // expect: 1, 2
// HConnect: the file's table on an SQLite database of its own, then back (data file alone)
Trace(HConnect(Product, "me", "", ":memory:", hNativeAccessSQLite))   // expect: 1
Trace(HNbRec(Product))                                        // expect: 0
HReset(Product)
Product.Reference = "ELSEWHERE"
HAdd(Product)
Trace(HConnect(Customer, "me", "", ":memory:", hNativeAccessSQLite), HNbRec(Customer))   // expect: 1, 0
Trace(HConnect(Product), HNbRec(Product))                     // expect: 1, 2
Trace(HConnect("*"), HNbRec(Customer))                        // expect: 1, 4
// a provider given by name (OLE DB) or one wlinterp cannot reach: False, the program goes on
Trace(HConnect(Product, "", "", "C:\Data\base.mdb", "Microsoft.JET.OLEDB.4.0", hOReadWrite), HError() <> 0, ErrorOccurred)   // expect: 0, 1, 1
Trace(Position(HErrorInfo(), "Microsoft.JET") > 0)            // expect: 1
Trace(HConnect(Product, "", "", "shop", hAccessHFClientServer), ErrorOccurred, HNbRec(Product))   // expect: 0, 1, 2
Trace(HConnect(Product, "me", "", ":memory:", hNativeAccessSQLite, hORead), ErrorOccurred, HNbRec(Product))   // expect: 0, 1, 2
Trace(HConnect(Product, "me", "", ":memory:", hNativeAccessSQLite, hOReadWrite), HNbRec(Product))   // expect: 1, 1
// "*": every file of the analysis to that database, then every file back
Trace(HConnect("*", "me", "", ":memory:", hNativeAccessSQLite), HNbRec(Customer), HNbRec(Orders))   // expect: 1, 0, 0
Trace(HConnect("*"), HNbRec(Customer), HNbRec(Product))       // expect: 1, 4, 2
