// A value name shared by an enumeration and a combination (Low): the run reads the one
// declared last (here the combination's option: `n is int = Low` gives 1), check said
// WL110 as for the enumeration's value alone. It now says nothing of such a name; a
// value of the enumeration alone (High) stays WL110 (R2 finding 6, M2, 7 Dec 2026)
Level is enumeration
	Low
	High
END
Opt is combination
	Low
END
n is int = Low
Trace(n)
m is int = High // error: WL110:1 'm' cannot hold a value of the enumeration Level: it is neither a number nor a combination's value
Trace(m)
