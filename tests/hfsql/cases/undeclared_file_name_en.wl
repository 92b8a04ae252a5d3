// A data file named without quotes that the analysis does not know (a typo, an alias
// cancelled) is named in the error: HReadFirst(Clients) read Customer, the last file
// used, as the undeclared name was an empty variant ("" names the last file). An
// undeclared variable given a file's name still names it. docs/hfsql.md "Record buffer".
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
HAlias(CUSTOMER, CUSTOMER1)
Trace(HReadFirst(CUSTOMER1), CUSTOMER1.Name)                      // expect: 1, A
HCancelAlias(CUSTOMER1)
Trace(HCancelAlias(CUSTOMER1), HError())                          // expect: 0, 70900
f = "Customer"
Trace(HReadFirst(f), Customer.Name)                               // expect: 1, A
HReadFirst(Clients)
// expect error: HReadFirst: 'Clients' is not a data file of the analysis.
