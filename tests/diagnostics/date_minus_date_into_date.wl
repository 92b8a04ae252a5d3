// The difference of two Dates stored into a Date (`d -= d2`, `d = d1 - d2`, a declaration):
// their number of days, which the Date stores as its digits, a Date naming no day; the run
// goes on (docs/semantics.md "A Date minus a Date stored back"), and check says so as the
// warning WL225 (it said nothing). Issue 8, L, 7 Dec 2026, 17:25-20:25.
d is Date = "20261207"
d2 is Date = "20261201"
d -= d2 // warning: WL225:1 d - d2, the difference of two Dates, is their number of days, which the Date 'd' stores as its digits: a Date naming no day (DateValid gives False)
d3 is Date = d2 - d // warning: WL225:1 d2 - d, the difference of two Dates, is their number of days, which the Date 'd3' stores as its digits: a Date naming no day (DateValid gives False)
d = d2 - d3 // warning: WL225:1 d2 - d3, the difference of two Dates, is their number of days, which the Date 'd' stores as its digits: a Date naming no day (DateValid gives False)
nDays is int = d2 - d3
d = d2 - 3
dt is DateTime = "20261207101010"
nDays += d - d2
Trace(d, d3, nDays, dt)
