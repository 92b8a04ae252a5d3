// `*` gives a parameter its default value; given to one that has none (decided: a compile
// error at the `*`, docs/semantics.md "Named arguments"). Before, the run went on with an
// internal marker in the parameter and stopped later: "A value of type object cannot be
// used as a number."
Trace("not run")
Trace(Discount(*, 5)) // expect error: Discount: the parameter nAmount has no default value: '*' cannot stand for it

PROCEDURE Discount(nAmount is int, nRate is int = 10)
RESULT nAmount * nRate / 100
