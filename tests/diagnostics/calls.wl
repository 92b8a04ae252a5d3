// unknown functions (typo, WINDEV-only, unknown) and argument counts
s is string = "abc"
Trace(Lenght(s)) // error: WL102:7 unknown procedure or function 'Lenght'; did you mean Length?
TableDisplay(TABLE_Customer) // error: WL103:1 TableDisplay is a window function: not available outside the IDE (wlinterp runs code without windows).
Frobnicate() // error: WL102:1 unknown procedure or function 'Frobnicate'
Trace(Add(1)) // error: WL104:7 Add expects 2 parameter(s) but received 1
Trace(Middle(s, 1, 2, 3)) // error: WL104:7 Middle expects 2 to 3 parameter(s) but received 4
Trace(s.Format()) // error: WL104:9 The method .Format() is StringFormat, which expects 2 parameter(s) counting the value it is called on, but received 1
Trace(s.Format(ccUpCase), s.Count("b")) // a method that fits: nothing to say
arrPrices is associative array of currency
Trace(arrPrices.Exist("VAT")) // error: WL109:17 'Exist' is not a method of an associative array: no Array function is named so
arrRates is associative array (ccIgnoreCase) of real // its options kept it from being one
Trace(arrRates.Exist("VAT")) // error: WL109:16 'Exist' is not a method of an associative array: no Array function is named so
PROCEDURE Add(a, b)
RESULT a + b
