// A procedure declared with one result type whose RESULT gives two values: the run
// converts RESULT's value to that type and stops at the RESULT, so the check says it
// there, in the run's words (WL110); it said "got a single value" at a call receiving
// two names, and nothing at a call storing into one variable. A Variant result, or a
// list of result types, takes them.
(a, b) is int = Pair()
x is string = Label()
y is Variant = Loose()
(c, d) is int = Listed()
Trace(a, b, x, y, c, d)

PROCEDURE Pair() : int
RESULT (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number

PROCEDURE Label() : string
IF Today() <> "" THEN RESULT ("a", "b") // error: WL110:23 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be converted to a string
RESULT "c"

PROCEDURE Loose() : Variant
RESULT (1, 2)

PROCEDURE Listed() : (int, int)
RESULT (3, 4)
