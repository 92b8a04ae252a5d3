// A procedure that declares no result type and returns a Date, Time or DateTime gives a
// value that keeps its kind, as a Variant does (INFERRED, docs/semantics.md "A Time
// stored into a number, on every path"): `MonthEnd() + 1` joined "1" to the digits
// (202401311), `Noon() + 1 h` joined "1 h" (120000001 h), `Stamp()..Hour` read the
// year's first digits (20) and TypeVar said wlString.
Trace(MonthEnd() + 1, MonthEnd() - Start()) // expect: 20240201, 30
Trace(TypeVar(MonthEnd()) = wlDate, TypeVar(Noon()) = wlTime) // expect: 1, 1
Trace(Noon() + 1 h, Stamp()..Hour) // expect: 13000000, 17
i is int = Noon()
s is string = Noon()
Trace(i, s) // expect: 4320000, 12000000
PROCEDURE MonthEnd()
  d is Date = "20240131"
  RESULT d
PROCEDURE Start()
  d is Date = "20240101"
  RESULT d
PROCEDURE Noon()
  t is Time = "1200"
  RESULT t
PROCEDURE Stamp()
  dt is DateTime = "20240131173000"
  RESULT dt
