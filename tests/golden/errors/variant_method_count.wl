// a Variant's method called with a wrong count: the message names the method as the
// built-in spells it (it said `.upper()`, lower-cased, a name the code never wrote)
v is Variant = "abc"
Trace(v.Upper()) // expect: ABC
Trace(v.UPPER(1, 2)) // expect error: The method .Upper() is Upper, which expects 1 parameter(s) counting the value it is called on, but received 3.
