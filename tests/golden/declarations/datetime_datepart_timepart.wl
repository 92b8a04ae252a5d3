// A DateTime's date and time parts also answer to `..DatePart` / `..TimePart` (and the
// French `..PartieDate` / `..PartieHeure`), as `..Date` and `..Time` do (Time ?2512069;
// English names decided from the French ones PC SOFT's own generated code uses:
// docs/semantics.md "A DateTime's date part"). They stopped with "A DateTime has no
// property 'DatePart'".
dtStart is DateTime = "20240105123000"
Trace(dtStart..DatePart, dtStart..TimePart, dtStart..Hour) // expect: 20240105, 12300000, 12
Trace(dtStart.DatePart, dtStart.PartieHeure) // expect: 20240105, 12300000
dtStart..DatePart = "20250101"
dtStart.TimePart = "0815"
Trace(dtStart) // expect: 20250101081500000
dDay is Date = dtStart..DatePart
Trace(dDay..Year, dDay..Day) // expect: 2025, 1
STMeeting is Structure
  dtBegin is DateTime
END
m is STMeeting
m.dtBegin = "20240105123000"
m.dtBegin..TimePart = "0900"
Trace(m.dtBegin, m.dtBegin..DatePart) // expect: 20240105090000000, 20240105
v is Variant = dtStart
Trace(v..DatePart, v..TimePart) // expect: 20250101, 08150000
