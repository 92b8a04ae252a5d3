// Days added to an empty Date (`d = ""`) are an error naming the empty Date, as reading
// one of its parts is (docs/semantics.md "An empty Date"): `d + 30` gave the text "30".
dDue is Date = "20240131"
Trace(dDue + 30, dDue - 31) // expect: 20240301, 20231231
dDue = ""
Trace(dDue = "") // expect: 1
Trace(dDue + 30) // expect error: The Date is empty ("")
