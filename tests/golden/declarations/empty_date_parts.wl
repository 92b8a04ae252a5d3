// A Date set to "" is empty: its parts cannot be read or changed; the error names the
// Date and the part (docs/semantics.md, "An empty Date"). A Date declared without a
// value is today, whose parts work.
d is Date
d = "20240131"
d..Day += 1
Trace(d)   // expect: 20240201
empty is Date = ""
WHEN EXCEPTION IN
    empty..Day += 3
DO
    Trace(ExceptionInfo(errMessage))
END
// expect: The Date is empty (""): it has no Day; give it a date first (for example Today()).
Trace(empty..Month)   // expect error: The Date is empty (""): it has no Month
