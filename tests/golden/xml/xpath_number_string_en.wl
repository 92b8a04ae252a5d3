// XPath's number() reads a text as XPath 1.0's grammar writes a number: digits with an
// optional point, an optional minus, spaces, tabs or line ends around; anything else is
// NaN. It took Python's forms ('1e3' gave 1000, 'Infinity' and ' +5' numbers). string()
// and XMLResult write a number without an exponent: 0.0000001, not 1e-07
// (docs/builtins.md "XPath numbers written and read").
XMLDocument("d", "<r><v>1e3</v><v> 42 </v><v>+5</v></r>")
Trace(XMLExecuteXPath("d", "number('1e3')"), XMLResult("d")) // expect: 1, NaN
Trace(XMLExecuteXPath("d", "number('Infinity')"), XMLResult("d")) // expect: 1, NaN
Trace(XMLExecuteXPath("d", "number(' +5')"), XMLResult("d")) // expect: 1, NaN
Trace(XMLExecuteXPath("d", "number('  -12.50 ')"), XMLResult("d")) // expect: 1, -12.5
Trace(XMLExecuteXPath("d", "number('.5') + number('5.')"), XMLResult("d")) // expect: 1, 5.5
Trace(XMLExecuteXPath("d", "sum(//v[2])"), XMLResult("d")) // expect: 1, 42
Trace(XMLExecuteXPath("d", "count(//v[. > 0])"), XMLResult("d")) // expect: 1, 1
Trace(XMLExecuteXPath("d", "string(0.0000001)"), XMLResult("d")) // expect: 1, 0.0000001
Trace(XMLExecuteXPath("d", "1 div 8"), XMLResult("d")) // expect: 1, 0.125
Trace(XMLExecuteXPath("d", "1000000 * 1000000 * 1000000 * 1000"), XMLResult("d")) // expect: 1, 1000000000000000000000
Trace(XMLExecuteXPath("d", "-0"), XMLResult("d")) // expect: 1, 0
