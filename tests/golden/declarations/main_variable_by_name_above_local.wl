// An indirection {"gs"} read in a procedure or a method above the declaration of its own
// variable of that name reads what the plain name reads there (docs/semantics.md "A name
// read above its variable's declaration"): the method's member, else the main code's
// variable. The run stopped "used before its declaration" while Trace(gs) showed main.
gs is string = "main"
o is CNote
P() // expect: main, main
// expect: loc, loc
o.Show() // expect: member
// expect: loc

PROCEDURE P()
Trace(gs, {"gs"})
gs is string = "loc"
Trace(gs, {"gs"})

CNote is a Class
  gs is string = "member"
END

PROCEDURE CNote::Show()
Trace({"gs"})
gs is string = "loc"
Trace({"gs"})
