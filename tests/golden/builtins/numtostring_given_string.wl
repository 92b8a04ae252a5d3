// NumToString given a string (?3024024, VERIFIED: "If <Number> is a string, this string
// is returned as it is. The format is ignored."): an amount read from a CSV line as text
// must be converted first (Val) to be formatted.
sAmount is string = "1234.5"
Trace("[" + NumToString(sAmount, "10.2f") + "]") // expect: [1234.5]
Trace("[" + NumToString(Val(sAmount), "10.2f") + "]") // expect: [   1234.50]
vCell is Variant = "abc"
Trace(NumToString(vCell, "5d")) // expect: abc
Trace("[" + NumToString("", "5d") + "]") // expect: []
// an empty format is no format: the number's default text (it was "invalid format ''";
// INFERRED, a format kept in a variable left empty)
sFormat is string
Trace(NumToString(1234.5, sFormat), NumToString(42, "")) // expect: 1234.5, 42
