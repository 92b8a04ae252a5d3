// FileToArray into an array of Records (`array of Record of Customer`): each element a
// copy of a record; its elements read empty (the array got elements with no items)
AddCustomer("Dupont", "Lyon")
AddCustomer("Martin", "Paris")
arrCust is array of Record of Customer
Trace(FileToArray(arrCust, Customer), arrCust.Count)       // expect: 1, 2
Trace(arrCust[1].Name, arrCust[1].City, arrCust[2].Name)  // expect: Dupont, Lyon, Martin
r is Record of Customer
r = arrCust[2]
Trace(r.City)                                              // expect: Paris
// a copy: changing the file afterwards leaves the array as it was
HReadFirst(Customer)
Customer.City = "Nice"
HModify(Customer)
Trace(arrCust[1].City)                                     // expect: Lyon
// an array of records of another file takes the items of the same names
arrOrd is array of Record of Orders
FileToArray(arrOrd, Customer)
Trace(arrOrd.Count, arrOrd[2].CustomerID, arrOrd[2].Total) // expect: 2, 2, 0

PROCEDURE AddCustomer(sName, sCity)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
HAdd(Customer)
