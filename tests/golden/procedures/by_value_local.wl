// a LOCAL parameter is passed by value: the caller's variable does not change
n is int = 1
Change(n) // expect: inside: 99
Trace(n) // expect: 1

PROCEDURE Change(LOCAL x is int)
x = 99
Trace("inside: " + x)
