// A procedure whose header lists its result types gives that many values: a RESULT with
// another count is WL110, refused by the run too (docs/semantics.md "Several values")
n is int
s is string
(n, s) = Pair(1)
Trace(n, s)

PROCEDURE Pair(x is int) : (int, string)
IF x = 1 THEN RESULT (1, "a", 3) // error: WL110:22 RESULT gives 3 value(s) where the header of Pair lists 2 result types: (int, string)
IF x = 2 THEN RESULT 5 // error: WL110:22 RESULT gives 1 value(s) where the header of Pair lists 2 result types: (int, string)
IF x = 3 THEN RESULT Pair(1)
RESULT (x, "b")
