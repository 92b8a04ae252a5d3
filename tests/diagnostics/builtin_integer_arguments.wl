// A number literal given where a built-in wants an integer (a count, a position): the
// run truncates a real toward zero, so the check says the decimal part is lost (WL206),
// and stops at one past the integers' range, so the check says it in the run's words
// (WL110). A procedure's integer parameter given a real literal is said as a variable's.
sName is string = "Invoice"
Trace(Left(sName, 2.5)) // warning: WL206:19 Left expects an integer as parameter 2: 2.5 is read as 2, its decimal part is lost
Trace(Middle(sName, 1.9, 3)) // warning: WL206:21 Middle expects an integer as parameter 2: 1.9 is read as 1, its decimal part is lost
Trace(right(sName, -2.5)) // warning: WL206:20 Right expects an integer as parameter 2: -2.5 is read as -2, its decimal part is lost
Trace(Middle(sName, 2, 1e19)) // error: WL110:24 Middle: parameter 3 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
Trace(Repeat("-", 3.0))
Trace(Left(sName, 3))
Trace(Round(2.456, 1))
Pay(2.75) // warning: WL206:5 the parameter 'nAmount' of Pay is an integer: the decimal part of this value is lost
Pay(12)

PROCEDURE Pay(nAmount is int)
Trace(nAmount)
