// hMaxVal ending a lower bound or HReadSeekFirst's value ([n, hMaxVal]) starts just
// after every record of n, hMinVal ending an upper bound or HReadSeekLast's value
// ([m, hMinVal]) ends just before every record of m: the mark's meaning is where it
// stands. Left out as "every value" wherever it stood, the lower bound [n, hMaxVal]
// kept n's orders too and HReadSeekFirst found n's order. docs/hfsql.md "Key values
// and bounds".
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
n is int = Customer.CustomerID
HReset(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAdd(Customer)
m is int = Customer.CustomerID
HReset(Orders)
Orders.CustomerID = n
Orders.OrderDate = "20250105"
HAdd(Orders)
Orders.CustomerID = m
Orders.OrderDate = "20250201"
HAdd(Orders)
HFilter(Orders, CustomerDate, [n, hMaxVal], [m, hMaxVal])
FOR EACH Orders
	Trace("after n", Orders.CustomerID = m, Orders.OrderDate)   // expect: after n, 1, 20250201
END
HDeactivateFilter(Orders)
HFilter(Orders, CustomerDate, [n, hMinVal], [m, hMinVal])
FOR EACH Orders
	Trace("before m", Orders.CustomerID = n, Orders.OrderDate)  // expect: before m, 1, 20250105
END
HDeactivateFilter(Orders)
HReadSeekFirst(Orders, CustomerDate, [n, hMaxVal])
Trace("first", HFound(Orders), Orders.CustomerID = m)           // expect: first, 0, 1
HReadSeekLast(Orders, CustomerDate, [m, hMinVal])
Trace("last", HFound(Orders), Orders.CustomerID = n)            // expect: last, 0, 1
HReadSeekLast(Orders, CustomerDate, [n, hMaxVal])
Trace("last of n", HFound(Orders), Orders.OrderDate)            // expect: last of n, 1, 20250105
