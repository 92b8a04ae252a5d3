// `n += dt` is `n = n + dt`: an integer plus a DateTime is that DateTime moved by n days,
// and its 17 digits stored back into an integer smaller than 8 bytes stop the run with
// the same "Numeric overflow" in words (`+=` wrapped them: -1079271488). An 8-byte int
// holds them. INFERRED: docs/semantics.md "A DateTime stored into an integer".
dtOrder is DateTime = "20251207103000000"
nDays is int = 5
WHEN EXCEPTION IN
    nDays += dtOrder
DO
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251212103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
END
Trace(nDays) // expect: 5
WHEN EXCEPTION IN
    nDays = nDays + dtOrder
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251212103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
END
nWide is int on 8 bytes = 2
nWide += dtOrder
Trace(nWide) // expect: 20251209103000000
