// `x IN (...)` where x is a text (a string, a Variant, a literal) and an item is a Date,
// Time or DateTime: each such item compares as `x = item` does, the text read as that
// type reads it (decided, docs/semantics.md "A text tested with IN against dates"). It
// compared the text's characters with the digits, so "2024-01-05" was in no list of dates.
dDay is Date = "20240105"
dOther is Date = "20240301"
hOpen is Time = "0830"
dtMeeting is DateTime = "20240105103000"
vText is Variant = "2024-01-05"
sText is string = "2024-01-05"
Trace(vText IN (dOther, dDay)) // expect: 1
Trace(sText IN (dOther, dDay)) // expect: 1
Trace("2024-03-01" IN (dDay, dOther)) // expect: 1
Trace(sText IN (dOther)) // expect: 0
Trace(sText NOT IN (dOther)) // expect: 1
Trace("08:30" IN (hOpen), "0830" IN (hOpen), "09:30" IN (hOpen)) // expect: 1, 1, 0
Trace("20240105103000" IN (dtMeeting), "2024-01-05T10:30:00" IN (dtMeeting)) // expect: 1, 1
// an item that is no date compares as before; _IN_ stops at the first match
Trace(sText IN ("x", dDay), sText IN (sText, dOther), vText _IN_ (dOther, dDay)) // expect: 1, 1, 1
// a number against a Time counts its hundredths of a second, as `=` does (08:30 is 3060000)
n is int = 3060000
Trace(n IN (hOpen)) // expect: 1
