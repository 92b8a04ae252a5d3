// A Date parameter that a call of the program gives "" stored into a small integer: no
// WL110, the run takes the empty Date and stores 0 (docs/semantics.md "A Date parameter
// given an empty text"); one that every call gives a date keeps WL110.
Keep("")
Keep("20251207")
KeepDue("20251207")

PROCEDURE Keep(dGiven is Date)
nShort is 2-byte int = dGiven
Trace(nShort)

PROCEDURE KeepDue(dDue is Date)
nShort is 2-byte int = dDue // error: WL110:1 'nShort' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
Trace(nShort)
