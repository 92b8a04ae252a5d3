// A Date's 8 digits (YYYYMMDD) stored into an integer item of 1 or 2 bytes stop with the
// "Numeric overflow" a variable of that size stops with (they wrapped: 2025-01-01 into the
// unsigned 1-byte Orders.Status gave 245); an int item holds them (docs/semantics.md "A
// Date, Time or Duration stored into a small integer", INFERRED). Orders.Status: unsigned
// 1 byte; Product.Stock: signed 4 bytes.
dDue is Date = "20250101"
HReset(Orders)
Orders.Status = 7
WHEN EXCEPTION IN
	Orders.Status = dDue
DO
	Trace(ExceptionInfo(errCode))               // expect: 1003
	Trace(ExceptionInfo(errMessage))            // expect: Numeric overflow: 20250101 is beyond the largest unsigned 1-byte int (255): a Date's digits (YYYYMMDD) need an unsigned 4-byte int.
END
Trace(Orders.Status)                            // expect: 7
HReset(Product)
Product.Stock = dDue
Trace(Product.Stock)                            // expect: 20250101
