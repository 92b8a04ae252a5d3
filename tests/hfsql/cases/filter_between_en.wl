// HFilter's condition with BETWEEN, as business code writes it: "Total BETWEEN 10 AND 50",
// "OrderDate BETWEEN '20250101' AND '20250131'" (both bounds included, as SQL's BETWEEN
// and HFilter's own min/max bounds; NOT BETWEEN too). It returned "" with HError set.
// INFERRED: the condition language's page is not stored. docs/hfsql.md "Filters".
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241231"
Orders.Total = 10
HAdd(Orders)
Orders.OrderDate = "20250101"
Orders.Total = 25.5
HAdd(Orders)
Orders.OrderDate = "20250131"
Orders.Total = 50
HAdd(Orders)
Orders.OrderDate = "20250201"
Orders.Total = 50.01
HAdd(Orders)
Trace(HFilter(Orders, "Total BETWEEN 10 AND 50"), Counted())             // expect: , 3
HFilter(Orders, "OrderDate BETWEEN '20250101' AND '20250131'")
Trace(Counted())                                                          // expect: 2
HFilter(Orders, "OrderDate between '2025-01-01' and '2025-01-31' AND Total > 30")
Trace(Counted())                                                          // expect: 1
HFilter(Orders, "Total NOT BETWEEN 10 AND 50")
FOR EACH Orders
	Trace(Orders.Total)                                                   // expect: 50.01
END
HDeactivateFilter(Orders)
// half written: HFilter's error, nothing sent to the database
Trace(HFilter(Orders, "Total BETWEEN 10"), ErrorOccurred)                 // expect: , 1
Trace(HFilter(Orders, "Total BETWEEN 10 OR 50"), ErrorOccurred)           // expect: , 1
Trace(HFilter(Orders, "BETWEEN 10 AND 50"), ErrorOccurred)                // expect: , 1

PROCEDURE Counted()
n is int
FOR EACH Orders
	n++
END
RESULT n
