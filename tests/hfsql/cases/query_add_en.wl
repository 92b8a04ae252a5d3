// HAdd on a query result: a new row at the end of the result; with hModifyFile the
// data file gets the record too (its automatic identifier comes back into the result)
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
ds is Data Source
HExecuteSQLQuery(ds, hModifyFile, "SELECT CustomerID, Name, City FROM Customer ORDER BY Name")
HReadFirst(ds)
ds.Name = "Bernard"
ds.City = "Lyon"
Trace(HAdd(ds), HRecNum(ds), ds.CustomerID, HNbRec(ds), HNbRec(Customer))
// expect: 1, 2, 2, 2, 2
HReadSeekFirst(Customer, Name, "Bernard")
Trace(HFound(Customer), Customer.City, Customer.CustomerID)   // expect: 1, Lyon, 2
n is int
FOR EACH ds
    n++
END
HReadLast(ds)
Trace(n, ds.Name)                                       // expect: 2, Bernard
// the row added can be modified and deleted like the others: the file follows
ds.City = "Nice"
Trace(HModify(ds))                                      // expect: 1
HReadSeekFirst(Customer, Name, "Bernard")
Trace(Customer.City)                                    // expect: Nice
Trace(HDelete(ds), HNbRec(ds), HNbRec(Customer))        // expect: 1, 1, 1
// a record the data file refuses (duplicate e-mail) is added nowhere
HExecuteSQLQuery(ds, hModifyFile, "SELECT Name, Email FROM Customer")
HReadFirst(ds)
ds.Email = "d@x.com"
HModify(ds)
ds.Name = "Other"
Trace(HAdd(ds), HErrorDuplicates(), HNbRec(ds), HNbRec(Customer))   // expect: 0, 1, 1, 1
// without hModifyFile only the result gets the row
HExecuteSQLQuery(ds, "SELECT Name, City FROM Customer")
HReset(ds)
ds.Name = "Local"
Trace(HAdd(ds), HNbRec(ds), HNbRec(Customer))           // expect: 1, 2, 1
HReadLast(ds)
Trace(ds.Name)                                          // expect: Local
