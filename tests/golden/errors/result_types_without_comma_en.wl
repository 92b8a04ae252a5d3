// Two result types written without their comma, `: (int string)`, are a syntax error at
// the second (docs/semantics.md "Several values"): it was read as one type, 'int string'.
nCode is int
sName is string
(nCode, sName) = Pair()
Trace(nCode, sName)

PROCEDURE Pair() : (int string) // expect error: 'string' begins another result type: the types of a list are separated by commas, ': (int, string)'
RESULT (1, "one")
