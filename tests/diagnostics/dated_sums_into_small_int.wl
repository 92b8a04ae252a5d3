// `n += dt` is `n = n + dt`: an integer plus a DateTime is that DateTime moved by days,
// stored back into the integer, so the run stops with "Numeric overflow" where the integer
// is smaller than 8 bytes, as for `n = dt` (a variable, an element, a member, an
// associative array's element). `RESULT dt` in a procedure declared `: int` stops at the
// RESULT (the run converts the value to the declared type there). A Date's 8 digits
// (YYYYMMDD) are beyond an integer of 1 or 2 bytes: the same stop (docs/semantics.md "A
// DateTime stored into an integer", "A Date, Time or Duration stored into a small integer").
dtOrder is DateTime = "20251207103000000"
nDays is int = 3
nDays += dtOrder // error: WL110:1 'nDays' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
tDays is array of 2 int
tDays[1] += dtOrder // error: WL110:1 'tDays[...]' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
STStock is Structure
    nLevel is 2-byte int
END
stStock is STStock
stStock.nLevel += dtOrder // error: WL110:1 'stStock.nLevel' is a 2-byte int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
aaDays is associative array of int
aaDays["a"] += dtOrder + 1 // error: WL110:1 'aaDays[...]' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
nWide is 8-byte int
nWide += dtOrder
nDays += dtOrder - dtOrder
nDays += 5
dDelivery is Date = "20251208"
nShort is 2-byte int
nShort = dDelivery // error: WL110:1 'nShort' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
nShort += dDelivery // error: WL110:1 'nShort' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
nByte is 1-byte unsigned int = DateSys() // error: WL110:1 'nByte' is an unsigned 1-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an unsigned 4-byte int holds them
Keep(dDelivery + 7) // error: WL110:6 the parameter 'nAt' of Keep is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
Keep(dDelivery) // error: WL110:6 the parameter 'nAt' of Keep is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
nDay is int = dDelivery
WHEN EXCEPTION IN
    nShort = dDelivery
    nDays += dtOrder
DO
    Trace(ExceptionInfo(errMessage))
END
Trace(nDays, tDays[1], stStock.nLevel, aaDays["a"], nWide, nShort, nByte, nDay)
Trace(Stamp(), Due(), Wide())
fStamp is procedure = (x) : int => dtOrder // error: WL110:36 the result of this lambda is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
Trace(fStamp(1))

PROCEDURE Stamp() : int
RESULT dtOrder // error: WL110:1 the result of Stamp is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them

PROCEDURE Due() : 2-byte int
RESULT dDelivery + 1 // error: WL110:1 the result of Due is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them

PROCEDURE Wide() : 8-byte int
RESULT dtOrder

PROCEDURE Keep(nAt is 2-byte int)
Trace(nAt)
