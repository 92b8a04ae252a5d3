// A Date plus or minus a number of days is a Date (?1514040 adds a Duration to a Date for
// a Date; INFERRED for a number, docs/semantics.md "A Date plus days is a Date"):
// TypeVar says wlDate and a Variant keeps the kind, as for a Date variable. TypeVar said
// wlString. Two Dates taken apart are still a number of days.
d is Date = "20240131"
Trace(TypeVar(d + 1) = wlDate, TypeVar(d - 1) = wlDate, TypeVar(2 + d) = wlDate) // expect: 1, 1, 1
Trace(d + 1, d - 31, (d + 1)..Month) // expect: 20240201, 20231231, 2
d2 is Date = "20240301"
Trace(d2 - d, TypeVar(d2 - d) = wlDate) // expect: 30, 0
v is Variant = d + 1
Trace(TypeVar(v) = wlDate, v + 1) // expect: 1, 20240202
s is string = d + 1
Trace(s, "on " + (d + 1)) // expect: 20240201, on 20240201
