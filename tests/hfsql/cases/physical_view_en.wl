// HChangeName to a view: the database refuses to index it, so the data file cannot be
// used there: an H* failure (ErrorOccurred, HError), never an internal error
Trace(HNbRec(Customer))                                           // expect: 0
HExecuteSQLQuery(QView, "CREATE VIEW customer_view AS SELECT * FROM customer")
Trace(HChangeName(Customer, "customer_view"))                     // expect: 1
Trace(HReadFirst(Customer), ErrorOccurred, HError() <> 0)         // expect: 0, 1, 1
n is int = 0
FOR EACH Customer
    n++
END
Trace(n, ErrorOccurred)                                           // expect: 0, 1
Customer.Name = "Nobody"
Trace(HAdd(Customer), ErrorOccurred)                              // expect: 0, 1
// back to its own table, everything works again
HChangeName(Customer, "")
Customer.Name = "Main"
Trace(HAdd(Customer), HNbRec(Customer), ErrorOccurred)            // expect: 1, 1, 0
