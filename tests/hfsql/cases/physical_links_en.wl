// HChangeName on a linked file and on an alias (the documented way to share a table)
HReset(Customer)
Customer.Name = "Ann"
HAdd(Customer)
nAnn is int = Customer.CustomerID
AddOrder(nAnn)
HChangeName(Orders, "Orders2024")
Trace(HNbRec(Orders))                                   // expect: 0
// the link holds in the new table too
Trace(AddOrder(nAnn), AddOrder(nAnn + 99), HErrorIntegrity())   // expect: 1, 0, 1
Trace(HNbRec(Orders))                                   // expect: 1
HChangeName(Orders, "")
Trace(HNbRec(Orders))                                   // expect: 1
// an alias given its file's physical name reads the same records
HAlias(Orders, "OrdersCheck")
HChangeName(OrdersCheck, Orders..PhysicalName)
Trace(HNbRec(OrdersCheck), OrdersCheck..PhysicalName = Orders..PhysicalName)   // expect: 1, 1
// the last file used is the file, whatever table it now uses
Trace(HNbRec(Customer))                                 // expect: 1
HChangeName(Customer, "Cust9")
Trace(HNbRec())                                         // expect: 0

PROCEDURE AddOrder(nCustomer is int)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = "20240105"
Orders.Total = 10
RESULT HAdd(Orders)
