// NumToString formats outside the grammar of its help page ?3024024 compile in WINDEV
// (its compiler does not read them), so real code ships them; the run reads them as PC
// SOFT's own runtime does (docs/builtins.md "NumToString formats outside the grammar",
// INFERRED from the WEBDEV browser runtime): no type at the end gives an empty string,
// else the flags, the width and the precision it finds. wl check warns (WL223).
Trace("[" + AmountText(12) + "]") // expect: []
Trace(NumToString(1234.5, "%.2f")) // expect: 1234.50
Trace("[" + NumToString(1234.5, "# ##0,00") + "]") // expect: []
Trace(NumToString(1234567, "10ds")) // expect:  1 234 567
Trace("[" + NumToString(-3.14159, "8.3fz") + "]") // expect: []
Trace(NumToString(-3.14159, "x8.3f")) // expect: -3.142
// the help page's own examples stay as they were
Trace(NumToString(12345.5, "10.2fS")) // expect:  12 345.50
Trace(NumToString(12345.5, "10,2fS")) // expect:  12 345,50

PROCEDURE AmountText(LOCAL nAmount is int)
RETURN NumToString(nAmount, "2d,2")
