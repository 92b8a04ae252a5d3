// (method b) The month-end balance per customer, as a WINDEV developer writes it: the SQL
// query (SUM, COUNT, MAX, GROUP BY) over the month's orders, then the check by a running
// total read order by order (FOR EACH ... WHERE, an associative array of currencies):
// the totals and each balance must be equal. On SQLite the SUM of a currency item is a
// real (5.1499999999999995): it differed from the currency running total 5.15 (`=`
// between a real and a currency is now accurate to 10^-6, as between reals).
// French twin: solde_fin_de_mois_controle_fr.wl.
FOR EACH sName OF ["Alain", "Béa", "Chloé"]
	HReset(Customer)
	Customer.Name = sName
	HAdd(Customer)
END
AddOrder(1, "20251103", 100.10)
AddOrder(1, "20251115", 20.20)
AddOrder(2, "20251120", 5.05)
AddOrder(1, "20251201", 999)
AddOrder(2, "20251130", 0.10)
AddOrder(3, "20251130", 0.20)
QRY_Balances is Data Source
IF NOT HExecuteSQLQuery(QRY_Balances, hQueryDefault, ...
	"SELECT CustomerID, SUM(Total) AS Balance, COUNT(*) AS NbOrders, MAX(OrderDate) AS LastDate " + ...
	"FROM Orders WHERE OrderDate BETWEEN '20251101' AND '20251130' " + ...
	"GROUP BY CustomerID ORDER BY CustomerID") THEN
	Trace(HErrorInfo())
END
mTotalSQL is currency
FOR EACH QRY_Balances
	Trace(QRY_Balances.CustomerID, QRY_Balances.Balance, QRY_Balances.NbOrders, QRY_Balances.LastDate)
	mTotalSQL += QRY_Balances.Balance
END
// expect: 1, 120.3, 2, 20251115
// expect: 2, 5.15, 2, 20251130
// expect: 3, 0.2, 1, 20251130
// the check: the running total of the month's orders, read one by one
mRunning is currency
arrPerCustomer is associative array of currencies
FOR EACH Orders WHERE OrderDate >= "20251101" AND OrderDate <= "20251130"
	mRunning += Orders.Total
	arrPerCustomer[Orders.CustomerID] += Orders.Total
END
Trace(mTotalSQL, mRunning, mTotalSQL = mRunning)         // expect: 125.65, 125.65, 1
nGaps is int
FOR EACH QRY_Balances
	IF arrPerCustomer[QRY_Balances.CustomerID] <> QRY_Balances.Balance THEN nGaps++
END
Trace("Gaps:", nGaps)                                     // expect: Gaps:, 0
FOR EACH mB, nCustomer OF arrPerCustomer
	Trace(nCustomer, mB)
END
// expect: 1, 120.3
// expect: 2, 5.15
// expect: 3, 0.2

PROCEDURE AddOrder(nCustomer, sDate, mTotal is currency)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = sDate
Orders.Total = mTotal
IF NOT HAdd(Orders) THEN Trace(HErrorInfo())
