// a number used as a condition is true when it is not 0
x is int = 3
IF x THEN Trace("3 is true") // expect: 3 is true
IF 0 THEN Trace("never") ELSE Trace("0 is false") // expect: 0 is false
b is boolean = x
Trace(b) // expect: 1
