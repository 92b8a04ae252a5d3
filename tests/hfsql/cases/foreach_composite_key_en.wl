// FOR EACH on a composite key ("syntax 5" of the statement, which HBuildKeyValue's page
// ?3044258 names: "To loop through a data file using a composite key, use the FOR EACH
// statement with a composite key"): `WHERE CustomerDate = [n, d]` browses the records
// whose components equal the values, `= [n]` those whose first component does, in the
// composite key's order; an HBuildKeyValue value works the same way. It stopped with
// "'CustomerDate' is not an item of the data file Orders.". Decided, INFERRED (the
// statement's page is not stored): the components compared as HReadSeekFirst seeks
// them; docs/hfsql.md "Reading and browsing".
nDupont is int = NewCustomer("Dupont")
nMartin is int = NewCustomer("Martin")
NewOrder(nDupont, "20250110", 30)
NewOrder(nMartin, "20250105", 99)
NewOrder(nDupont, "20250102", 10)
NewOrder(nDupont, "20250105", 20)
NewOrder(nDupont, "20250105", 25)
FOR EACH Orders WHERE CustomerDate = [nDupont, "20250105"]
	Trace(Orders.OrderDate, Orders.Total)
END
// expect: 20250105, 20
// expect: 20250105, 25
// the first component only: the customer's orders in date order
FOR EACH Orders WITH CustomerDate = [nDupont]
	Trace(Orders.OrderDate, Orders.Total)
END
// expect: 20250102, 10
// expect: 20250105, 20
// expect: 20250105, 25
// expect: 20250110, 30
mTotal is currency
FOR EACH Orders WHERE CustomerDate = HBuildKeyValue(Orders, CustomerDate, nMartin, "20250105")
	mTotal += Orders.Total
END
Trace(mTotal)                                                   // expect: 99
// with another condition
FOR EACH Orders WHERE CustomerDate = [nDupont] AND Total > 15
	Trace(Orders.Total)
END
// expect: 20
// expect: 25
// expect: 30
// only = compares a composite key
FOR EACH Orders WHERE CustomerDate < [nDupont, "20250105"]
	Trace(Orders.Total)
END
// expect error: FOR EACH Orders: the composite key CustomerDate is compared with '=' and its components' values ([v1, v2]), not with '<'.

PROCEDURE NewCustomer(sName)
HReset(Customer)
Customer.Name = sName
HAdd(Customer)
RESULT Customer.CustomerID

PROCEDURE NewOrder(nCustomer, sDate, mTotal)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = sDate
Orders.Total = mTotal
HAdd(Orders)
