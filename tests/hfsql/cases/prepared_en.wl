// HPrepareSQLQuery: declared once, run many times with other parameter values
Trace(HNbRec(Product))                          // expect: 0
Insert1 is Data Source
Insert1.price = 0
Trace(HPrepareSQLQuery(Insert1, hQueryWithoutCorrection, "INSERT INTO product (Reference, Label, Price, Stock) VALUES (:ref, :label, :price, 1)"))   // expect: 1
Trace(HNbRec(Product))                          // expect: 0
i is int
FOR i = 1 TO 3
	Insert1.ref = "R" + i
	Insert1.label = "Label" + i
	Insert1.price = i * 1.5
	HExecuteSQLQuery(Insert1)
END
Trace(HNbRec(Product))                          // expect: 3
HReadSeekFirst(Product, Reference, "R3")
Trace(Product.Label, Product.Price)             // expect: Label3, 4.5
// a prepared SELECT, run again after its parameter changed
q is Data Source
HPrepareSQLQuery(q, "SELECT Label FROM product WHERE Reference = :r")
q.r = "R2"
Trace(HExecuteSQLQuery(q), HNbRec(q))           // expect: 1, 1
HReadFirst(q)
Trace(q.Label)                                  // expect: Label2
q.r = "nowhere"
HExecuteSQLQuery(q)
Trace(HNbRec(q))                                // expect: 0
// under a name; freed by HCancelDeclaration
HPrepareSQLQuery("REQ_Count", "SELECT COUNT(*) AS N FROM product")
HExecuteSQLQuery("REQ_Count")
HReadFirst(REQ_Count)
Trace(REQ_Count.N)                              // expect: 3
// a refused execution follows the H* convention
Insert1.ref = "R1"
Trace(HExecuteSQLQuery(Insert1), HError() <> 0) // expect: 0, 1
HCancelDeclaration(Insert1)
Trace(HExecuteSQLQuery(Insert1))
// expect error: HExecuteSQLQuery expects the SQL text
