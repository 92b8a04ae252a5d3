// A range of MyParameters passed on to a procedure or a method with several syntaxes:
// the syntax is chosen when the call runs, by the values the range holds (it was an
// internal error: a syntax chosen for one argument received two)
o is CShow
Trace(Pass(1, 2), Pass("z")) // expect: 3, z!
o.Relay(4, 5) // expect: two ints 4 5
o.Relay("b") // expect: one string b
PROCEDURE Pass(*)
RESULT Both(MyParameters[1 TO])
PROCEDURE Both(a is int, b is int)
RESULT a + b
PROCEDURE Both(s is string)
RESULT s + "!"

CShow is Class
END
PROCEDURE CShow::Show(x is int, y is int)
Trace("two ints " + x + " " + y)
PROCEDURE CShow::Show(s is string)
Trace("one string " + s)
PROCEDURE CShow::Relay(*)
Show(MyParameters[1 TO])
