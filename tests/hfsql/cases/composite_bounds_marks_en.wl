// hMinVal and hMaxVal given as the last elements of a composite key's bound or sought
// value ([n, hMinVal], [n, hMaxVal]) stand for every value of that component, as they do
// in HBuildKeyValue's value. They were sought as themselves: PostgreSQL compared a date
// with the character 0 and found nothing at all, and a text compared with "\xff" (read
// as a "y" by the text keys' collation) left Yves and Zoé out. docs/hfsql.md "Key
// values and bounds".
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
n is int = Customer.CustomerID
FOR EACH ELEMENT s OF ["Yves", "Zoé"]
	HReset(Customer)
	Customer.Name = s
	Customer.City = "Paris"
	HAdd(Customer)
END
HReset(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAdd(Customer)
m is int = Customer.CustomerID
HReset(Orders)
Orders.CustomerID = n
Orders.OrderDate = "20250105"
HAdd(Orders)
Orders.OrderDate = "20250301"
HAdd(Orders)
Orders.CustomerID = m
Orders.OrderDate = "20250201"
HAdd(Orders)
HFilter(Orders, CustomerDate, [n, hMinVal], [n, hMaxVal])
FOR EACH Orders
	Trace(Orders.OrderDate)                           // expect: 20250105
	                                                  // expect: 20250301
END
HDeactivateFilter(Orders)
HFilter(Orders, CustomerDate, [n, hMinVal], [n, "20250201"])
FOR EACH Orders
	Trace("to", Orders.OrderDate)                     // expect: to, 20250105
END
HDeactivateFilter(Orders)
HFilter(Customer, CityName, ["Paris", hMinVal], ["Paris", hMaxVal])
FOR EACH Customer
	Trace(Customer.Name)                              // expect: Dupont
	                                                  // expect: Yves
	                                                  // expect: Zoé
END
HDeactivateFilter(Customer)
Trace(HReadSeekFirst(Orders, CustomerDate, [m, hMinVal]), Orders.OrderDate)   // expect: 1, 20250201
