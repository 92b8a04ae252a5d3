// A NumericFormat at its limits: more than 28 decimals (the run stopped with "Numeric
// overflow or invalid numeric operation", and 38 digits at most were written), and a
// MinimumLength past --max-string (the run built a 2 GB padding for minutes, out of
// reach of --timeout): now the catchable "String too long" error, as Complete gives.
g is NumericFormat
g.DigitsAfterDecimalPoint = 40
Trace(NumToString(3.14, g))     // expect: 3.1400000000000000000000000000000000000000
g.DigitsAfterDecimalPoint = 2
Trace(NumToString(12345678901234567890123456789012345678, g)) // expect: 12345678901234567890123456789012345678.00
h is NumericFormat
h.MinimumLength = 2147483648
h.FillCharacter = "x"
WHEN EXCEPTION IN
	Trace(NumToString(3.14, h))
DO
	Trace(ExceptionInfo())      // expect: NumToString: String too long: 2,147,483,648 characters (at most 1,073,741,824; see --max-string).
END
// 100 decimals or more: the error names the property as written (it said
// "digitsafterdecimalpoint", lower-cased)
WHEN EXCEPTION IN
	g.DigitsAfterDecimalPoint = 120
DO
	Trace(ExceptionInfo())      // expect: NumericFormat: DigitsAfterDecimalPoint must be between 0 and 99, not 120.
END
