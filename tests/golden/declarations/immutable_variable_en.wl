// `x is int <immutable> = 5`: the variable keeps the value its declaration gives, and
// assigning it later is refused before the program runs, as for a constant
// (docs/semantics.md "Attributes after a variable's type"). Before, the attribute was
// dropped without a word and nRate became 6.
nRate is int <immutable> = 5
Trace(nRate)
nRate = 6 // expect error: cannot assign to 'nRate': it is declared immutable, its value is the one its declaration gives
