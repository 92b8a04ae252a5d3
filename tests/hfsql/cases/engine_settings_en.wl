// HSetIntegrity (honoured: the database's foreign keys), HSetDuplicates (on only),
// HTransactionIsolation, and HFSQL's engine settings (kept, checked, former value back)
HReset(Orders)
Orders.CustomerID = 42
Trace(HAdd(Orders), HErrorIntegrity())          // expect: 0, 1
Trace(HSetIntegrity(False))                     // expect: 1
Trace(HAdd(Orders), HNbRec(Orders))             // expect: 1, 1
Trace(HSetIntegrity("*", "*", hCardinality + hOnUpdate + hOnDelete, True))   // expect: 0
HReset(Orders)
Orders.CustomerID = 43
Trace(HAdd(Orders), HErrorIntegrity())          // expect: 0, 1
Trace(HSetIntegrity("CustomerOrders", hCardinality, True), HSetIntegrity("Nope", False), HError() <> 0)
// expect: 1, 0, 1
Trace(HSetIntegrity(Orders, 64, False), HErrorInfo() <> "")   // expect: 0, 1
// duplicates: checking stays on; turning it off fails visibly
Trace(HSetDuplicates(Customer, Email, True), HSetDuplicates(True))   // expect: 1, 1
Trace(HSetDuplicates(Customer, Email, False), HError() <> 0)   // expect: 0, 1
Trace(HSetDuplicates(Customer, Name, False))    // expect: 0
Trace(HSetDuplicates(Customer, "Nope", True), HError() <> 0)   // expect: 0, 1
HReset(Product)
Product.Reference = "U1"
HAdd(Product)
Trace(HAdd(Product), HErrorDuplicates())        // expect: 0, 1
Trace(HTransactionIsolation(hReadCommitted), HTransactionIsolation("", hSerializable))   // expect: 1, 1
Trace(HTransactionIsolation(99), HError() <> 0)   // expect: 0, 1
HTransactionStart()
Trace(HNbRec(Product))                          // expect: 1
HTransactionEnd()
// engine settings: the former value comes back
Trace(HMode(Customer, hModeMono), HMode(Customer, hModeMulti), HMode(hModeMono), HMode(Orders, hModeMulti))
// expect: 1031, 1030, 1031, 1030
Trace(HMode(Customer, 7), HError() <> 0)        // expect: -1, 1
Trace(HSetMemo(Customer, Notes, hMemoNo), HSetMemo(Customer, Notes, hMemoYes), HSetMemo(hMemoNo), HSetMemo(Customer, hMemoYes))
// expect: 1001, 1000, 1001, 1000
Trace(HSetMemo(Customer, Name, hMemoNo), HError() <> 0)   // expect: -1, 1
Trace(HSetCache(1, 100), HSetCache(1, Customer, 20), HSetCache(1, -5), HError() <> 0)   // expect: 1, 1, 0, 1
Trace(HSetTransaction(Customer, False), HSetTransaction(True))   // expect: 1, 1
Trace(HSetServer("", 1, 30), HSetServer("", 1, 60), HSetServer("", 1))   // expect: , 30, 60
Trace(HSetServer("NoSuchConnection", 1, 2), HError() <> 0)   // expect: 0, 1
Trace(HCheckIndex(Customer), HCheckIndex(), HCheckIndex(Customer, Email))   // expect: 0, 0, 0
Trace(HCheckIndex(Customer, "Nope"), HError() <> 0)   // expect: -1, 1
Trace(HCheckUnalterable(Customer), HErrorInfo() <> "")   // expect: 0, 1
