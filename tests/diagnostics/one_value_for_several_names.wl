// One value for several names, `(a, b) is int = 7` or `(a, b) = n + 1`: the run stops at
// the statement ("Expected 2 values to assign, got a single value.") and the check said
// nothing; now WL110 there in the run's words (docs/check.md WL110)
n is int = 4
s is string = "x"
t is array of int = [1, 2]
v is Variant = Two()
(a, b) is int = 7 // error: WL110:1 Expected 2 values to assign, got a single value
(c, d) are strings = n + 1 // error: WL110:1 Expected 2 values to assign, got a single value
(a, b) = s // error: WL110:1 Expected 2 values to assign, got a single value
(a, , b) = One() // error: WL110:1 Expected 3 values to assign, got a single value
IF n > 2 THEN (a, b) = NOT (n = 1) // error: WL110:15 Expected 2 values to assign, got a single value
(a, b) = t
(a, b) = v
(a, b) = Two()
(c, d) = StringSplit("p;q", ";")
Trace(a, b, c, d)

PROCEDURE One() : int
RESULT 1

PROCEDURE Two()
RESULT (1, 2)
