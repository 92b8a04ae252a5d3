// A Date parameter stored into a small integer, given an empty text by a call of the
// program through a CONSTANT, a parameter passed on, or a method's call through an object:
// no WL110, the run takes the empty Date and stores 0 (docs/semantics.md "A Date
// parameter given an empty text", widened: it read only a literal "" in a call by name);
// a parameter every call gives a date, passed on or not, keeps WL110, where the run
// stops. Issue 8, L, 7 Dec 2026, 17:25-20:25.
CONSTANT
	NO_DATE = ""
END
ByConstant(NO_DATE)
PassOn("")
o is CKeeper
o.Keep("")
Sure("20251207")
PassOnSure("20251207")

PROCEDURE ByConstant(dGiven is Date)
nShort is 2-byte int = dGiven
Trace(nShort)

PROCEDURE PassOn(s)
Keep(s)

PROCEDURE Keep(dGiven is Date)
nShort is 2-byte int = dGiven
Trace(nShort)

PROCEDURE PassOnSure(s)
Sure(s)

PROCEDURE Sure(dDue is Date)
nShort is 2-byte int = dDue // error: WL110:1 'nShort' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
Trace(nShort)

CKeeper is Class
END
PROCEDURE CKeeper::Keep(dGiven is Date)
nShort is 2-byte int = dGiven
Trace(nShort)
