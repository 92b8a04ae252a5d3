// (method b) A Date item's parts set as a Date variable's are: `Orders.OrderDate..Day = 1`,
// `..Day += 45` (it carries into the next month), through a data file, a Record of the
// file and a query's Data Source; it stopped with "A value of type string has no member
// 'Day'" (reading a part worked). Due dates moved by a batch as WINDEV code writes it.
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241130"
Orders.OrderDate..Day = 1
Trace(Orders.OrderDate)                               // expect: 20241101
Orders.OrderDate..Day += 45
Trace(Orders.OrderDate, Orders.OrderDate..Month)      // expect: 20241216, 12
Orders.OrderDate..Month -= 2
HAdd(Orders)
// every order moved to the same day of 2030
FOR EACH Orders
	Orders.OrderDate..Year = 2030
	HModify(Orders)
END
HReadFirst(Orders)
Trace(Orders.OrderDate)                               // expect: 20301016
r is Record of Orders
r.OrderDate = "20240229"
r.OrderDate..Year += 1                                // (no 29 February 2025: the last day)
Trace(r.OrderDate)                                    // expect: 20250228
QRY is Data Source
HExecuteSQLQuery(QRY, "SELECT OrderDate FROM Orders")
HReadFirst(QRY)
QRY.OrderDate..Month = 1
Trace(QRY.OrderDate)                                  // expect: 20300116
