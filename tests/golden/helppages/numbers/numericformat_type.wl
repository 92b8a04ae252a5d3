// Help page "NumericFormat (Variable type)" (?1410089836), written from the French page
// (it gives the type's English name, NumericFormat, but no English property names: the
// names below are INFERRED, docs/builtins.md "NumericFormat"). The page states no
// result: ours, from its properties' descriptions.
f is NumericFormat
f.Notation = fnnDecimal
f.Sign = fnsAlways
f.DigitsAfterDecimalPoint = 4
f.MinimumLength = 8
f.ThousandSeparator = "'"
f.FillCharacter = " "
sResult is string = NumToString(1234.567, f)
Trace(sResult)                                  // expect: +1'234.5670
g is NumericFormat
g.DigitsAfterDecimalPoint = 4
Trace(NumToString(3.14, g))                     // expect: 3.1400
h is NumericFormat
h.DigitsAfterDecimalPoint = 2
h.MinimumLength = 6
h.FillCharacter = "x"
h.Alignment = fncLeft
Trace(NumToString(3.14, h))                     // expect: 3.14xx
h.Alignment = fncRight
h.DecimalSeparator = ","
Trace(NumToString(3.14, h), h.MinimumLength)    // expect: xx3,14, 6
