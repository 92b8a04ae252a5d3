// An option of another combination taken away from a combination (`c = c - Yellow`,
// `c -= Yellow`) is refused before the run, as adding one is (decided: docs/semantics.md
// "Enumerations and combinations"): it subtracted the other option's flag as a number,
// so Red + Green - Yellow was Red. Taking away one of its own options is accepted.
Colors is Combination
	Red
	Green
END
Marks is Combination
	Blue
	Yellow
END
cPen is Colors = Red + Green
cPen = cPen - Green
cPen -= Red
Trace(cPen = 0) // (not shown: the program is refused before it runs)
cPen = Red + Green
cPen = cPen - Yellow // expect error: 'cPen' is of the combination Colors: it only takes options of Colors, not an option of the combination Marks
