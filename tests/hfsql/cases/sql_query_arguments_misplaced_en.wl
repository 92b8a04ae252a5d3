// HExecuteSQLQuery's arguments are (query, [connection,] [mode,] SQL text), the SQL
// text's parameters set on the Data Source (REQ.pID = value). Written another way (the
// SQL text second and a value after the mode, a text where the mode goes, a number
// last) the call fails in words, HErrorInfo saying the syntax; nID was run as the
// SQL ('near "1": syntax error') and the SQL text read as the mode, silently. Decided
// (INFERRED: the syntax line of ?3044084): docs/hfsql.md "Queries, data sources, aliases".
HReset(Customer)
Customer.Name = "Dupont"
HAdd(Customer)
nID is int = Customer.CustomerID
REQ_Customer is Data Source
sSQL is string = "SELECT Name FROM Customer WHERE CustomerID = {pID}"
Trace(HExecuteSQLQuery(REQ_Customer, sSQL, hQueryDefault, nID), ErrorOccurred)   // expect: 0, 1
Trace(Position(HErrorInfo(), "expects (query, [connection,] [mode,] SQL text)") > 0)   // expect: 1
Trace(Position(HErrorInfo(), "is not a connection") > 0)                           // expect: 1
Trace(HExecuteSQLQuery(REQ_Customer, sSQL, hQueryDefault))                         // expect: 0
Trace(Position(HErrorInfo(), "is not a mode") > 0)                                 // expect: 1
Trace(HExecuteSQLQuery(REQ_Customer, hQueryDefault, nID))                          // expect: 0
Trace(Position(HErrorInfo(), "the SQL text is expected last, not 1") > 0)         // expect: 1
// HPrepareSQLQuery takes the same arguments
Trace(HPrepareSQLQuery(REQ_Customer, sSQL, hQueryDefault, nID))                     // expect: 0
Trace(Position(HErrorInfo(), "is not a connection") > 0)                           // expect: 1
// as the syntax writes it
REQ_Customer.pID = nID
Trace(HExecuteSQLQuery(REQ_Customer, hQueryDefault, sSQL), ErrorOccurred)          // expect: 1, 0
FOR EACH REQ_Customer
	Trace(REQ_Customer.Name)                                                       // expect: Dupont
END
// a prepared query given more than its mode gets the same words: the prepared SELECT 1
// was run instead, silently; alone it is still run
Q is Data Source
HPrepareSQLQuery(Q, "SELECT 1 AS a")
Trace(HExecuteSQLQuery(Q, "SELECT 2 AS a", hQueryDefault, 5), ErrorOccurred)      // expect: 0, 1
Trace(Position(HErrorInfo(), "is not a connection; HExecuteSQLQuery expects") > 0) // expect: 1
Trace(HExecuteSQLQuery(Q, hQueryDefault, 5))                                       // expect: 0
Trace(Position(HErrorInfo(), "the SQL text is expected last, not 5") > 0)         // expect: 1
Trace(HExecuteSQLQuery(Q, hQueryDefault), HReadFirst(Q), Q.a)                      // expect: 1, 1, 1
