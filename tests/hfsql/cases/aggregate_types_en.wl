// SUM(Item), MIN(Item) and MAX(Item) of one item, named with AS, have one type on both
// databases: a currency item's sum, minimum and maximum are currencies, an integer's sum
// an 8-byte integer, MIN and MAX the item's own type. SQLite typed SUM(Total) a real
// and MIN(InvoiceNum) an 8-byte integer where PostgreSQL gave a currency and a 4-byte
// integer. docs/hfsql.md "HListItem's options".
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
FOR i = 1 TO 3
	HReset(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.Total = 10.25 * i
	Orders.InvoiceNum = i
	HAdd(Orders)
END
ds is Data Source
HExecuteSQLQuery(ds, "SELECT SUM(Total) AS s, MAX(Orders.Total) AS mx, SUM(InvoiceNum) AS n, " + ...
	"MIN(InvoiceNum) AS mn, COUNT(*) AS c, SUM(Total * InvoiceNum) + 1 AS amount FROM Orders")
HReadFirst(ds)
Trace(ds.s, TypeVar(ds.s) = wlCurrency, ds.mx, TypeVar(ds.mx) = wlCurrency) // expect: 61.5, 1, 30.75, 1
Trace(ds.n, TypeVar(ds.n) = wlInt, ds.mn, ds.c) // expect: 6, 1, 1, 3
Trace(ds.s..Type = hItemCurrency, ds.mx..Type = hItemCurrency, ds.mn..Type = hItemInt) // expect: 1, 1, 1
sLines is string = HListItem(ds, hLstDetail)
Trace(ExtractString(ExtractString(sLines, 3, CR), 3, TAB)) // expect: 19
// an expression on a currency item and no real item is a currency too
Trace(ds.amount, TypeVar(ds.amount) = wlCurrency, ds.amount / 7) // expect: 144.5, 1, 20.642857
// a currency sum divided keeps a currency's 6 decimal places, on both databases
Trace(ds.s / 7) // expect: 8.785714
