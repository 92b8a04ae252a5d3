// A CONSTANT's value may use WLanguage's own constants (TAB, CR, LF...): `SEP = TAB`
// was refused, at run time and by wl check (WL111 "'TAB' is not a constant"), in a
// FEC accounting export as WINDEV developers write it (INFERRED: the built-in constants
// are constants; docs/semantics.md "Constants in any order"). A variable of the same
// name (any case) still hides the built-in one: its value is no constant.
CONSTANT
	FIELD_SEP = TAB
	TWO_LINES = "first" + CR + "second"
	PIPE_SEP = " | "
END
Trace(Replace("a" + FIELD_SEP + "b", TAB, "<tab>")) // expect: a<tab>b
Trace(Length(TWO_LINES), Position(TWO_LINES, CR)) // expect: 13, 6
Trace(ExtractString("411000" + FIELD_SEP + "1200,50", 2, FIELD_SEP)) // expect: 1200,50
Trace(MyLine("VT", "20261130") + PIPE_SEP + "x") // expect: VT<tab>20261130 | x

PROCEDURE MyLine(sJournal, sDate)
RESULT Replace(sJournal + FIELD_SEP + sDate, TAB, "<tab>")
