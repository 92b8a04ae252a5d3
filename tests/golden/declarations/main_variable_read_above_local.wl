// A plain name (no constant's name) read in a procedure or a method above the declaration
// of its own variable of that name is the main code's variable of that name: the local is
// known from its declaration on (INFERRED, docs/semantics.md "A name read above its
// variable's declaration"); check and run stopped "used before its declaration" (WL101).
sCity is string = "Lyon"
nCount is int = 2
Report() // expect: Lyon 2
// expect: Nice 7
nCount = 5
Report() // expect: Lyon 5
// expect: Nice 7
o is CShop
o.Open() // expect: [Lyon]
// expect: []

PROCEDURE Report()
Trace(sCity + " " + nCount)
sCity is string = "Nice"
nCount is int = 7
Trace(sCity + " " + nCount)

CShop is a Class
END

PROCEDURE CShop::Open()
Trace("[" + sCity + "]")
sCity is string
Trace("[" + sCity + "]")
