// (method b) A Date, Time or DateTime item in arithmetic and comparisons is what a
// variable of its type is: `Orders.OrderDate + 1` gave "202411301" (the texts joined),
// it is the next day; a difference of two dates is days. Through File.Item, FOR EACH,
// a Record of the file and a query column the analysis types; on both databases.
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241130"
HAdd(Orders)
Orders.OrderDate = "20250110"
HAdd(Orders)
HReadFirst(Orders, OrderDate)
Trace(Orders.OrderDate + 1, Orders.OrderDate - 30)   // expect: 20241201, 20241031
dFirst is Date = Orders.OrderDate
HReadLast(Orders, OrderDate)
Trace(Orders.OrderDate - dFirst, Orders.OrderDate > dFirst, dFirst < Orders.OrderDate)
// expect: 41, 1, 1
Trace("on " + Orders.OrderDate, TypeVar(Orders.OrderDate) = wlDate)   // expect: on 20250110, 1
sText is string = Orders.OrderDate
Trace(sText + 1)                                      // expect: 202501101
nLate is int = 0
FOR EACH Orders
	IF Orders.OrderDate + 10 > "20241205" THEN nLate++
END
Trace(nLate)                                          // expect: 2
r is Record of Orders
r = Orders
Trace(r.OrderDate + 1)                                // expect: 20250111
rNew is Record of Orders
rNew.OrderDate = "20240228"
Trace(rNew.OrderDate + 1)                             // expect: 20240229
QRY is Data Source
HExecuteSQLQuery(QRY, "SELECT OrderDate FROM Orders ORDER BY OrderDate")
HReadFirst(QRY)
Trace(QRY.OrderDate + 1, QRY.OrderDate - dFirst)      // expect: 20241201, 0
fd is FileDescription
id is ItemDescription
fd..Name = "Visit"
id..Name = "VisitID" ; id..Type = hItemAutoID ; HDescribeItem(fd, id)
id..Name = "Seen" ; id..Type = hItemDateTime ; HDescribeItem(fd, id)
id..Name = "Hour" ; id..Type = hItemTime ; HDescribeItem(fd, id)
HDescribeFile(fd)
HCreation(Visit)
Visit.Seen = "20241231230000000"
Visit.Hour = "2330"
HAdd(Visit)
HReadFirst(Visit)
Trace(Visit.Seen + 2h, Visit.Hour + 1h)               // expect: 20250101010000000, 00300000
Trace(TypeVar(Visit.Hour) = wlTime, TypeVar(Visit.Seen) = wlDateTime)   // expect: 1, 1
