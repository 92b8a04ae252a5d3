// A Date, a Time or a Duration stored into an integer too small for its number (a Date's
// digits YYYYMMDD, a Time's hundredths of a second since midnight, a Duration's
// milliseconds) is the catchable "Numeric overflow" in words naming it, as a DateTime's
// digits are: they wrapped as bits (583, -96, -8960: numbers with no meaning). One that
// fits is stored. INFERRED: docs/semantics.md "A Date, Time or Duration stored into a
// small integer".
dOrder is Date = "20251207"
tStart is Time = "12300000"
duTrip is Duration = 2 h
WHEN EXCEPTION IN
    nDay is 2-byte int = dOrder
    Trace(nDay)
DO
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207 is beyond the largest 2-byte int (32,767): a Date's digits (YYYYMMDD) need an int.
END
WHEN EXCEPTION IN
    nTiny is 1-byte int = tStart
    Trace(nTiny)
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 4500000 is beyond the largest 1-byte int (127): a Time's hundredths of a second since midnight need an int.
END
WHEN EXCEPTION IN
    nTrip is 2-byte int = duTrip
    Trace(nTrip)
DO
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 7200000 is beyond the largest 2-byte int (32,767): a Duration's milliseconds need an int.
END
nWide is unsigned 4-byte int = dOrder
Trace(nWide) // expect: 20251207
nLong is 8-byte int = tStart
Trace(nLong) // expect: 4500000
tEarly is Time = "00000100"
nEarly is 1-byte int = tEarly
Trace(nEarly) // expect: 100
STLine is Structure
    nDay is 2-byte int
END
stLine is STLine
WHEN EXCEPTION IN
    stLine.nDay = dOrder
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207 is beyond the largest 2-byte int (32,767): a Date's digits (YYYYMMDD) need an int.
END
arrSmall is array of 2 2-byte int
WHEN EXCEPTION IN
    arrSmall[1] = tStart
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 4500000 is beyond the largest 2-byte int (32,767): a Time's hundredths of a second since midnight need an int.
END
vHeld is Variant = dOrder
WHEN EXCEPTION IN
    stLine.nDay = vHeld
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207 is beyond the largest 2-byte int (32,767): a Date's digits (YYYYMMDD) need an int.
END
Trace(stLine.nDay, arrSmall[1]) // expect: 0, 0
