// A name passed by reference in a procedure above the declaration of its own variable of
// that name is the main code's variable, as it is read there (docs/semantics.md "A name
// read above its variable's declaration"): the callee's change goes back to it. The run
// stopped "used before its declaration" at the argument while the check said nothing.
gn is int = 5
P() // expect: 7
Trace("main", gn) // expect: main, 6

PROCEDURE P()
Inc(gn)
gn is int = 7
Trace(gn)

PROCEDURE Inc(x)
x++
