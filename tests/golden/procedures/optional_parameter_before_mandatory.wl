// optional parameters come last (help ?1514078): a mandatory parameter after an optional
// one refuses the program before any line runs, as wl check's WL111 says
Trace("never printed")
Trace(Total(2, 3))
PROCEDURE Total(a = 1, b) // expect error: the parameter 'b' has no default value and follows the optional parameter 'a'
RESULT a + b
