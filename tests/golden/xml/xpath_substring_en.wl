// XPath's substring() follows XPath 1.0: positions from round(start) to before
// round(start) + round(length), compared in floating point, a half rounded up. A NaN
// start (`number('x')`, `0 div 0`) stopped the script with Python's "cannot convert
// float NaN to integer" (not even WHEN EXCEPTION caught it): it gives ""; an infinite
// length stopped with "Numeric overflow": it runs to the end; substring('12345', 2.5)
// gave 2345: it gives 345 (docs/builtins.md "XPath").
XMLDocument("d", "<a>12345</a>")
Trace(XMLExecuteXPath("d", "substring('12345', number('x'), 3)"), "[" + XMLResult("d") + "]") // expect: 1, []
Trace(XMLExecuteXPath("d", "substring('12345', 0 div 0, 3)"), "[" + XMLResult("d") + "]") // expect: 1, []
Trace(XMLExecuteXPath("d", "substring('12345', 1, 1 div 0)"), XMLResult("d")) // expect: 1, 12345
Trace(XMLExecuteXPath("d", "substring('12345', -42, 1 div 0)"), XMLResult("d")) // expect: 1, 12345
Trace(XMLExecuteXPath("d", "substring('12345', -1 div 0, 1 div 0)"), "[" + XMLResult("d") + "]") // expect: 1, []
Trace(XMLExecuteXPath("d", "substring('12345', 2.5)"), XMLResult("d")) // expect: 1, 345
Trace(XMLExecuteXPath("d", "substring('12345', 1.5, 2.6)"), XMLResult("d")) // expect: 1, 234
Trace(XMLExecuteXPath("d", "substring('12345', 0, 3)"), XMLResult("d")) // expect: 1, 12
Trace(XMLExecuteXPath("d", "substring(/a, 2, 3)"), XMLResult("d")) // expect: 1, 234
Trace(XMLExecuteXPath("d", "round(2.5)"), XMLResult("d"), XMLExecuteXPath("d", "round(-2.5)"), XMLResult("d")) // expect: 1, 3, 1, -2
