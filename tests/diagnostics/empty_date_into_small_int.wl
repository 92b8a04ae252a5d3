// A Date or DateTime variable that may be empty (given "" or a text) stored into a small
// integer: no WL110, the run stores 0 for an empty one; one that certainly names a day
// (a date text, another Date, its default) keeps WL110 (docs/check.md WL110).
PROCEDURE Keep(sGiven is string)
dEmpty is Date = ""
dtEmpty is DateTime = ""
dText is Date = sGiven
dDue is Date = "20251207"
dToday is Date // warning: WL204:1 'dToday' is used but never assigned: it always holds its default value
nShort is 2-byte int = dEmpty
nShort = dText
nInt is int = dtEmpty
nShort = dDue // error: WL110:1 'nShort' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
nShort = dToday // error: WL110:1 'nShort' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
Trace(nShort, nInt)

PROCEDURE KeepFrom(dFrom is Date = "", dTo is Date = "20251231")
nFrom is 2-byte int = dFrom
nTo is 2-byte int = dTo // error: WL110:1 'nTo' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
Trace(nFrom, nTo)
