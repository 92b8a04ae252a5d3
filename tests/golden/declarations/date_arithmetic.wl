// a date plus or minus days, date - date in days, ..Year/..Month/..Day read and set
d is date = "20240227"
d = d + 3
Trace(d) // expect: 20240301
Trace(d..Year, d..Month, d..Day) // expect: 2024, 3, 1
d..Day = 15
Trace(d) // expect: 20240315
e is date = "20240101"
Trace(d - e, d - 14) // expect: 74, 20240301
Trace("Date: " + d) // expect: Date: 20240315
Trace(DateToString(IntegerToDate(DateToInteger(d) + 1))) // expect: 16/03/2024
d..Month = 2
d..Day = 30 // decided: a part out of range carries (docs/semantics.md), as for a DateTime
Trace(d) // expect: 20240301
d..Year = 10000 // expect error: out of range
