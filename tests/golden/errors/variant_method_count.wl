// a Variant's method called with a wrong count: the message names the method as the
// line writes it (it said `.upper()`, lower-cased, then `.Upper()`, the built-in's
// spelling: neither is what the code wrote)
v is Variant = "abc"
Trace(v.Upper()) // expect: ABC
Trace(v.UPPER(1, 2)) // expect error: The method .UPPER() is Upper, which expects 1 parameter(s) counting the value it is called on, but received 3.
