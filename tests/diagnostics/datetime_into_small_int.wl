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
Trace(nWrong, nSmall, nStamp, nDay)
