// A date item compared with a text: HFSQL holds a date item as "YYYYMMDD" text, and the
// help compares it with such texts (<Source>.Filter ?1000024960: HFilter(InvoiceDate,
// "20050101", "20051231")): the comparison is the texts', which for 8 digits is the
// dates' order. A text written "YYYY-MM-DD" is the date it names, as a Date variable
// given it: "OrderDate < '2025-01-15'" missed 10 January ('0' sorts after '-'), and
// `Orders.OrderDate = "2025-01-10"` stored the dashes (then `+ 1` stopped). docs/hfsql.md
// "Filters" (decided, INFERRED).
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241130"
HAdd(Orders)
Orders.OrderDate = "2025-01-10"
Trace(Orders.OrderDate)                                   // expect: 20250110
HAdd(Orders)
Orders.OrderDate = "20250301"
HAdd(Orders)
HFilter(Orders, "OrderDate > '20250101'")
Trace(Counted())                                          // expect: 2
HFilter(Orders, "OrderDate < '2025-01-15' AND OrderDate >= '2024-12-01'")
Trace(Counted())                                          // expect: 1
HFilter(Orders, OrderDate, "2025-01-01", "2025-12-31")
Trace(Counted())                                          // expect: 2
HDeactivateFilter(Orders)
n is int
FOR EACH Orders WHERE OrderDate <= "2025-01-10"
	n++
END
Trace(n)                                                  // expect: 2
Trace(HReadSeekFirst(Orders, OrderDate, "2025-01-10"), Orders.OrderDate)   // expect: 1, 20250110
dt is DateTime = "20250301101500000"
Orders.OrderDate = dt
Trace(Orders.OrderDate)                                   // expect: 20250301

// DateTimeSys() gives YYYYMMDDHHMMSSCC (16 digits): a Date item, a Date and a Time
// variable take their part of it (they kept all 16 digits)
Orders.OrderDate = DateTimeSys()
dNow is Date = DateTimeSys()
tNow is Time = DateTimeSys()
Trace(Length(Orders.OrderDate), Orders.OrderDate = Today(), dNow = Today(), Length(tNow))   // expect: 8, 1, 1, 8

PROCEDURE Counted()
n is int
FOR EACH Orders
	n++
END
RESULT n
