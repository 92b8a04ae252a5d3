// `d -= d2`, two Dates (issue 8, V, 7 Dec 2026; UNVERIFIED: no stored page stores a
// difference of Dates back into a Date). Decided: as `d = d - d2`: the difference of
// two Dates is their number of days (?1514040), and an integer stored into a Date is
// read as its digits (docs/semantics.md "An integer stored into a Date"), so d holds
// "9", a Date naming no day: DateValid says False, and using it as a day stops the run.
d is Date = "20240310"
d2 is Date = "20240301"
d -= d2
Trace(d, DateValid(d)) // expect: 9, 0
nDays is int = "20240310" - d2
Trace(nDays) // expect: 9
d = "20240301"
d2 = "20240310"
d -= d2
Trace(d, DateValid(d)) // expect: -9, 0
d += 1 // expect error: The Date "-9"
