// A parameter declared an integer whose default value is a decimal or a text that is not
// a number: WL206, as for a variable's initial value (P() received 2 and Q() 0: the
// check said nothing)
P()
Q()
PROCEDURE P(x is int = 2.5, n is int = 3, r is real = 1.5) // warning: WL206:13 'x' is an integer: the decimal part of this value is lost
Trace(x, n, r)
PROCEDURE Q(s is string = "a", y is int = "abc") // warning: WL206:32 'y' is an integer: the text "abc" is not a number and is stored as 0
Trace(s, y)
