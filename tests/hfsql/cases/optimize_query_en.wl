// HOptimizeQuery (?3044003): a selection query checked and made ready, nothing run
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
// a query of the project with its parameters in order (the page's example's form)
Trace(HOptimizeQuery(REQ_OrdersOfCity, "Paris", 10))        // expect: 1
Trace(REQ_OrdersOfCity.pCity, REQ_OrdersOfCity.pMinTotal)   // expect: Paris, 10
// its SQL code; parameters given with SQL code are ignored
Trace(HOptimizeQuery("SELECT Name FROM Customer WHERE City = 'Paris'", 34))   // expect: 1
// a query the database cannot run: False, HErrorInfo says why
Trace(HOptimizeQuery("SELECT Nope FROM Customer"), HError() <> 0)   // expect: 0, 1
// only selection queries
Trace(HOptimizeQuery("DELETE FROM Customer"), Position(HErrorInfo(), "selection") > 0)   // expect: 0, 1
Trace(HNbRec(Customer))                                      // expect: 1
Trace(HOptimizeQuery(REQ_Unknown), HError() <> 0)            // expect: 0, 1
