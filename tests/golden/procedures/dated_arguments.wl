// A Date, Time or DateTime given as an argument keeps its kind: a parameter declared
// DateTime given a Time holds that time today (it read the Time's digits as a date, year
// 0830), and an untyped parameter takes the argument's type (Typecasting of parameters
// ?1514076): TypeVar says wlDate or wlTime and `p + 1` moves a date by a day, as on the
// caller's variable (docs/semantics.md "A Variant holding a Date, Time or DateTime").
t is Time = "0830"
d is Date = "20240131"
Slot(t)
Kind(d)
Kind(t)
NextDay(d)
Later(t)
PROCEDURE Slot(x is DateTime)
Trace(x..Hour, x..Minute, x..Date = DateSys()) // expect: 8, 30, 1
PROCEDURE Kind(p)
Trace(TypeVar(p) = wlDate, TypeVar(p) = wlTime) // expect: 1, 0
// expect: 0, 1
PROCEDURE NextDay(p)
Trace(p + 1, (p + 1)..Month) // expect: 20240201, 2
PROCEDURE Later(p)
Trace(p + 90 min) // expect: 10000000
