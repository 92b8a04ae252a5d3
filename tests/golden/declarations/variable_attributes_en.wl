// Attributes after a variable's type: `<immutable>` read and kept (x is only read here),
// `<useful>` and several in one pair of brackets accepted, the value and the type
// unchanged by them (docs/semantics.md "Attributes after a variable's type").
nMax is int <immutable> = 10
sName is string <useful> = "Ann"
nLimit is int <useful, immutable> = nMax * 2
Trace(nMax + nLimit) // expect: 30
Trace(sName) // expect: Ann
Trace(TypeVar(nLimit) = wlInt) // expect: 1
