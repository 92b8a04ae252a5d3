// Days added to an empty Date (`d = ""`) are an error naming the empty Date, as reading
// one of its parts is (docs/semantics.md "An empty Date"): `d + 30` gave the text "30".
dDue is Date = "20240131"
Trace(dDue + 30, dDue - 31) // expect: 20240301, 20231231
dDue = ""
Trace(dDue = "") // expect: 1
// an 8-byte count of days too (it said "01/01/2000 + 9000000000 day(s) falls outside...")
nBig is int on 8 bytes = 9000000000
WHEN EXCEPTION IN
    Trace(dDue - nBig)
DO
    Trace(ExceptionInfo()) // expect: The Date is empty (""): days cannot be added to it or taken from it; give it a date first (for example Today()).
END
Trace(dDue + 30) // expect error: The Date is empty ("")
