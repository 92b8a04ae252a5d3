// Named arguments are evaluated in the order written, not their parameters' order
// (decided, INFERRED: docs/semantics.md "Named arguments", as every language with named
// arguments does): Next() gives nB its value first here. Procedures, methods by `.`
// and `:`, GLOBAL methods; a value without effect (a variable, a literal) is passed as is.
gnNext is int = 0
Show(nB : Next(), nA : Next())               // expect: a=2 b=1
Show(nA : Next(), nB : Next())               // expect: a=3 b=4
SHOW(10, NB : Next())                        // expect: a=10 b=5
x is int = 100
Show(nB : Next(), nA : x)                    // expect: a=100 b=6
o is CPair
o.Show(nB : Next(), nA : Next())             // expect: pair a=8 b=7
o:Show(nB : Next() * 10, nA : Next())        // expect: pair a=10 b=90
CPair.Both(nB : Next(), nA : Next())         // expect: both a=12 b=11

PROCEDURE Next()
gnNext++
RESULT gnNext

PROCEDURE Show(nA, nB)
Trace("a=" + nA + " b=" + nB)

CPair is Class
END

PROCEDURE CPair::Show(nA, nB)
Trace("pair a=" + nA + " b=" + nB)

PROCEDURE GLOBAL CPair::Both(nA, nB)
Trace("both a=" + nA + " b=" + nB)
