// HReindex: the database rebuilds the table's indexes at once; HChangePassword, like
// HPass, accepts a password that a table does not have
AddCustomer("Anna", "Lyon")
AddCustomer("Boris", "Paris")
Trace(HReindex(Customer), HReindex(Orders, 0))          // expect: 1, 1
Trace(HReindex("*"), HReindex())                        // expect: 1, 1
// the keys still work after it
Trace(HReadSeekFirst(Customer, City, "Paris"), Customer.Name)   // expect: 1, Boris
Trace(HChangePassword(Customer, "old", "new"), HErrorPassword())   // expect: 1, 0
Trace(HReadFirst(Customer, Name), Customer.Name)        // expect: 1, Anna

PROCEDURE AddCustomer(name is string, city is string)
HReset(Customer)
Customer.Name = name
Customer.City = city
HAdd(Customer)
