// HCancelAlias ?3044149 and HCancelDeclaration ?3044174 / <Source>.CancelDeclaration
// ?1000024192, their examples as written (our Customer; HCancelDeclaration's Customer
// was declared by HDeclareExternal, ours is the analysis's). HAlias(CUSTOMER, CUSTOMER1)
// names the alias without quotes: it was an empty variant, so no alias was made. An alias
// that does not exist: "A non-fatal WLanguage error occurs" (it stopped the run).
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
// Create 2 aliases on the CUSTOMER data file
HAlias(CUSTOMER, CUSTOMER1)
HAlias(CUSTOMER, CUSTOMER2)
// Cancel the first alias
Trace(HCancelAlias(CUSTOMER1))                                    // expect: 1
Trace(HReadFirst(CUSTOMER2), CUSTOMER2.Name)                      // expect: 1, A
Trace(HCancelAlias("CUSTOMER1"), ErrorOccurred, HError())         // expect: 0, 1, 70900
// freeing a query's resources (the page's own query, run first)
Trace(HExecuteSQLQuery("test", "select * from customer"))         // expect: 1
Trace(HCancelDeclaration("test"))                                 // expect: 1
// The Customer data file was declared beforehand in the analysis
// by HDeclareExternal
HClose(Customer)
Trace(HCancelDeclaration(Customer))                               // expect: 1
Customer.Close()
Trace(Customer.CancelDeclaration())                               // expect: 1
