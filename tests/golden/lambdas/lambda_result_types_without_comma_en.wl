// A lambda's result types written without their comma are a syntax error at the second,
// as a PROCEDURE header's (docs/semantics.md "Several values").
fPair is procedure = (x) : (int string) => (x, "a") // expect error: 'string' begins another result type
Trace(fPair(1))
