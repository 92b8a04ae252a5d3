// `<`, `<=`, `>`, `>=` between values of two different enumerations (a value named alone
// or through its type, a variable declared of one): WL114, deferred (the run stops there).
// One enumeration's values order by rank; `=` and a variant are left alone.
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
v is Variant = Red
Trace(lv > EError, Red < Green, lv = c, v < lv)
Trace(lv < c) // error: WL114:7 a value of the enumeration LevelEnum cannot be ordered against a value of the enumeration Colour ('<')
Trace(Colour.Red >= LevelEnum.ELog) // error: WL114:7 a value of the enumeration Colour cannot be ordered against a value of the enumeration LevelEnum ('>=')
IF EError > Green THEN Trace("?") // error: WL114:4 a value of the enumeration LevelEnum cannot be ordered against a value of the enumeration Colour ('>')
