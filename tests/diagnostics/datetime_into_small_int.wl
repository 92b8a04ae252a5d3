// A DateTime variable stored into an integer smaller than 8 bytes: the run stops with
// "Numeric overflow" (its 17 digits, YYYYMMDDHHMMSSCCC, are beyond the range; they
// wrapped), so the check says it there; an 8-byte int holds them, and inside a WHEN
// EXCEPTION the run goes on (docs/semantics.md "A DateTime stored into an integer").
dtOrder is DateTime = "20251207103000000"
nWrong is int = dtOrder // error: WL110:1 'nWrong' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
nSmall is 2-byte int
nSmall = dtOrder // error: WL110:1 'nSmall' is a 2-byte int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
nStamp is int on 8 bytes = dtOrder
dDay is Date = dtOrder
nDay is int = dDay
WHEN EXCEPTION IN
    nWrong = dtOrder
DO
    Trace(ExceptionInfo(errMessage))
END
// The same for a member, an element, an associative array's element and a parameter
// (the check said it for a plain variable alone), and from a member declared a DateTime.
STOrder is Structure
    nWhen is int
    dtWhen is DateTime
END
CStock is Class
    nSeen is 2-byte int
END
stOrder is STOrder
oStock is CStock
tStamps is array of 2 int
aaStamps is associative array of int
stOrder.nWhen = dtOrder // error: WL110:1 'stOrder.nWhen' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
tStamps[1] = dtOrder // error: WL110:1 'tStamps[...]' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
oStock.nSeen = dtOrder // error: WL110:1 'oStock.nSeen' is a 2-byte int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
aaStamps["a"] = dtOrder // error: WL110:1 'aaStamps[...]' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
stOrder.dtWhen = dtOrder
nWrong = stOrder.dtWhen // error: WL110:1 'nWrong' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
Keep(dtOrder) // error: WL110:6 the parameter 'nAt' of Keep is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
KeepCopy(stOrder.dtWhen) // error: WL110:10 the parameter 'nAt' of KeepCopy is an unsigned 4-byte int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
KeepWide(dtOrder)
// A built-in putting it into an element: ArrayAdd, ArrayInsert, ArrayAddSorted, ArrayAddLine
// and their methods (the run stops at the call).
ArrayAdd(tStamps, dtOrder) // error: WL110:19 an element of 'tStamps' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
tStamps.Insert(1, stOrder.dtWhen) // error: WL110:19 an element of 'tStamps' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
// A value the code says is a DateTime: a built-in's or a procedure's result declared so,
// one moved by days or a Duration; a Date's and a Duration's are not.
nWrong = DateTimeSys() // error: WL110:1 'nWrong' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
stOrder.nWhen = dtOrder + 1 // error: WL110:1 'stOrder.nWhen' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
Keep(LastStamp()) // error: WL110:6 the parameter 'nAt' of Keep is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
ArrayAdd(tStamps, dtOrder + 2 h) // error: WL110:19 an element of 'tStamps' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
nDay = DateSys()
nDay = dtOrder - dtOrder
tWide is array of int on 8 bytes
ArrayAddSorted(tWide, dtOrder)
WHEN EXCEPTION IN
    tStamps[2] = dtOrder
    Keep(dtOrder)
DO
    Trace(ExceptionInfo(errMessage))
END
Trace(nWrong, nSmall, nStamp, nDay, stOrder.nWhen, tStamps[1], oStock.nSeen, aaStamps["a"], tWide[1])

PROCEDURE Keep(nAt is int)
Trace(nAt)

PROCEDURE KeepCopy(LOCAL nAt is 4-byte unsigned int)
Trace(nAt)

PROCEDURE KeepWide(nAt is 8-byte int)
Trace(nAt)

PROCEDURE LastStamp() : DateTime
RESULT DateTimeSys()
