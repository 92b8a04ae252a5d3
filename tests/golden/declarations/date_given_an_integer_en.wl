// An integer stored into a Date is read as its digits, YYYYMMDD, the form a Date holds
// (INFERRED, docs/semantics.md "An integer stored into a Date": ?2512043 says Date
// items hold "YYYYMMDD", no stored page says what a number assigned to a Date gives;
// IntegerToDate is the function that counts days). Digits naming no day (1205) are
// kept as given: DateValid says so and moving the Date stops the run.
dInvoice is Date = 20250310
Trace(dInvoice, dInvoice..Year, dInvoice..Month, dInvoice..Day) // expect: 20250310, 2025, 3, 10
Trace(DateToString(dInvoice), DateValid(dInvoice)) // expect: 10/03/2025, 1
nNext is int = 20250311
dInvoice = nNext
Trace(dInvoice + 1) // expect: 20250312
dOdd is Date = 1205
Trace(dOdd, DateValid(dOdd)) // expect: 1205, 0
Trace(dOdd + 1) // expect error: The Date "1205" is not a valid date (DateValid gives False for it): days cannot be added to it or taken from it.
