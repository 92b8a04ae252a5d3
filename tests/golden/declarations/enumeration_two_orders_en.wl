// Values of two different enumerations have no order between them: `<`, `<=`, `>`, `>=`
// stop the run (decided, INFERRED: a variable of an enumeration only takes its own values,
// ?1514067; no stored page orders two). They compared their places in memory, true in one
// run and false in the next. `=` still says they differ; one enumeration orders by rank.
LevelEnum is Enumeration
	EError
	ELog
END
Colour is Enumeration
	Red
	Green
END
lv is LevelEnum = ELog
c is Colour = Green
Trace(lv > EError, Red < Green, lv = c) // expect: 1, 1, 0
Trace(lv < c) // expect error: A value of the enumeration LevelEnum cannot be ordered against a value of the enumeration Colour
