// An undeclared FOR counter whose start is a Date, Time or DateTime takes that type and
// steps as a declared one does (a DateTime counter was an 8-byte int: 2e9 passes)
dtStart is DateTime = "20240130103000"
nPasses is int = 0
FOR dtEach = dtStart TO dtStart + 2
  Trace(dtEach)
  nPasses++
  IF nPasses > 5 THEN BREAK
END
// expect: 20240130103000000
// expect: 20240131103000000
// expect: 20240201103000000
Trace(nPasses) // expect: 3
dFirst is Date = "20240130"
FOR dEach = dFirst TO dFirst + 2
  Trace(dEach)
END
// expect: 20240130
// expect: 20240131
// expect: 20240201
Trace(dEach) // expect: 20240202
FOR dToday = Today() TO Today() + 1
  Trace(TypeVar(dToday) = wlDate)
END
// expect: 1
// expect: 1
FOR i = 1 TO 2
  Trace(i)
END
// expect: 1
// expect: 2
