// `PROCEDURE P() : (int, string)`: several result types in the header
n is int
s is string
(n, s) = Pair(4)
Trace(n, s) // expect: 8, four
(n, s) = Pair(1)
Trace(n + 1, s) // expect: 3, one

PROCEDURE Pair(x is int) : (int, string)
IF x = 4 THEN RESULT (x * 2, "four")
RESULT (x * 2, "one")
