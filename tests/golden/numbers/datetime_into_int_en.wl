// A DateTime stored into an integer is its 17 digits, YYYYMMDDHHMMSSCCC: an 8-byte int
// holds them; a smaller integer is the catchable "Numeric overflow" in words (the digits
// wrapped as bits: -1784304192, a number with no meaning). A Date's 8 digits fit an int.
// INFERRED: docs/semantics.md "A DateTime stored into an integer".
dtOrder is DateTime = "20251207103000000"
nStamp is int on 8 bytes = dtOrder
Trace(nStamp) // expect: 20251207103000000
dDay is Date = "20251207"
nDay is int = dDay
Trace(nDay) // expect: 20251207
WHEN EXCEPTION IN
    nWrong is int = dtOrder
    Trace(nWrong)
DO
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
END
nDay = 5
WHEN EXCEPTION IN
    nDay = dtOrder
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
END
Trace(nDay) // expect: 5
STLine is Structure
    nWhen is int
    nWhen8 is int on 8 bytes
END
stLine is STLine
stLine.nWhen8 = dtOrder
Trace(stLine.nWhen8) // expect: 20251207103000000
WHEN EXCEPTION IN
    stLine.nWhen = dtOrder
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
END
arrN is array of 2 unsigned int on 4 bytes
WHEN EXCEPTION IN
    arrN[1] = dtOrder
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest unsigned 4-byte int (4,294,967,295): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
END
vHeld is Variant = dtOrder
WHEN EXCEPTION IN
    nDay = vHeld
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
END
Trace(Left(dtOrder, 8), dtOrder..Year) // expect: 20251207, 2025
