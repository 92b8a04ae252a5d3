// a declared return type converts the result
Trace(Label(3) + "!") // expect: 3!
Trace(Half(7)) // expect: 3

PROCEDURE Label(n) : string
RETURN n

PROCEDURE Half(n is int) : int
RETURN n / 2
