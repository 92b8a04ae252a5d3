// Orders and customers on HFSQL data files: seek, browse, modify, and a transaction
// rolled back when one of its writes fails.
//   wl samples/orders/orders.wl                  data in samples/orders/shop.db (SQLite)
//   wl --db sqlite::memory: samples/orders/orders.wl
//   wl --db postgresql://user@host/db samples/orders/orders.wl
// The analysis (shop.xdd, beside this file) describes Customer, Orders and Product.

HCreation(Orders)        // start from empty files (orders first: they point at customers)
HCreation(Customer)
AddCustomer("Dupont", "Paris")
AddCustomer("Martin", "Lyon")
AddCustomer("Émile", "Paris")
AddOrder(1, "20240110", 120.50)
AddOrder(2, "20240111", 80)
AddOrder(1, "20240112", 42.25)

// Seek: text keys ignore case and accents
IF HReadSeekFirst(Customer, Name, "emile") THEN
	Trace("Found " + Customer.Name + " (" + Customer.City + ")")
END

// Browse: every order of Dupont, through the CustomerID key
HReadSeekFirst(Customer, Name, "Dupont")
nDupont is int = Customer.CustomerID
HReadSeekFirst(Orders, CustomerID, nDupont)
WHILE HFound(Orders)
	Trace("Order " + Orders.OrderID + " of " + Orders.OrderDate + ": " + Orders.Total)
	HReadNext(Orders, CustomerID)
END

// Modify: 10% more on each of Dupont's orders
FOR EACH Orders WHERE CustomerID = nDupont
	Orders.Total = Orders.Total * 1.1
	HModify(Orders)
END
mSum is currency
FOR EACH Orders ON OrderDate
	mSum += Orders.Total
END
Trace("Total of all orders: " + mSum)

// A transaction: the second order names a customer that does not exist, so the
// whole transaction is cancelled and the first order disappears with it
HTransactionStart()
AddOrder(2, "20240113", 10)
IF NOT AddOrder(99, "20240113", 20) THEN
	Trace("Refused: " + HErrorInfo())
	HTransactionCancel()
ELSE
	HTransactionEnd()
END
Trace(HNbRec(Orders) + " orders, " + HNbRec(Customer) + " customers")

PROCEDURE AddCustomer(sName is string, sCity is string)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
HAdd(Customer)

PROCEDURE AddOrder(nCustomer is int, sDate is string, mTotal is currency)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = sDate
Orders.Total = mTotal
RESULT HAdd(Orders)
