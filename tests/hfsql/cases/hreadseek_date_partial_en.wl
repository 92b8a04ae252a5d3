// HReadSeek on a Date item: the search is generic on texts only, "not a generic search on
// the integers, the reals, the dates, the currencies" (?3044050), so a partial date
// ("202501") finds nothing, HOut() True, and the buffer keeps the record read before;
// hGeneric does not make it one. A whole date, written YYYYMMDD or YYYY-MM-DD or as a
// Date variable, finds its record.
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
FOR EACH d OF ["20250105", "20250120", "20250203"]
	HReset(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = d
	HAdd(Orders)
END
HReadFirst(Orders, OrderID)
Trace(HReadSeek(Orders, OrderDate, "202501"), HFound(Orders), HOut(Orders), Orders.OrderDate)
// expect: 0, 0, 1, 20250105
Trace(HReadSeek(Orders, OrderDate, "202501", hGeneric), HFound(Orders), HOut(Orders))
// expect: 0, 0, 1
Trace(HReadSeek(Orders, OrderDate, "20250120"), HFound(Orders), Orders.OrderDate)
// expect: 1, 1, 20250120
Trace(HReadSeek(Orders, OrderDate, "2025-01-05"), HFound(Orders), Orders.OrderDate)
// expect: 1, 1, 20250105
dWanted is Date = "20250203"
Trace(HReadSeek(Orders, OrderDate, dWanted), HFound(Orders), Orders.OrderDate)
// expect: 1, 1, 20250203
Trace(HReadSeek(Orders, OrderDate, "20250110"), HFound(Orders), HOut(Orders))
// expect: 0, 0, 1
// a text item's search is generic: the part finds the first one starting with it
Trace(HReadSeek(Customer, Name, "a"), HFound(Customer), Customer.Name) // expect: 1, 1, A
