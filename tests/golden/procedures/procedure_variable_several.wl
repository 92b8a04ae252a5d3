// A Procedure variable holding several procedures (INFERRED: the Procedure type's page
// is not in the stored help; docs/semantics.md "A Procedure variable holding several
// procedures"): `p += Proc` adds a procedure, `p -= Proc` removes it, and calling p
// calls each procedure in the order they were added, giving the last one's result.
// `p = Proc` replaces them all. (It was "A value of type procedure cannot be used as a
// number".)
p is procedure
p = Proc1
p()
// expect: one
p += Proc2
p()
// expect: one
// expect: two
p += Square
// expect: one
// expect: two
Trace(p(4)) // expect: 16
p -= Proc1
p -= Square
p()
// expect: two
p = Proc1
p()
// expect: one
// a member or an element of type Procedure too
ST is Structure
  pHandler is procedure
END
o is ST
o.pHandler = Proc1
o.pHandler += Proc2
o.pHandler()
// expect: one
// expect: two
t is array of procedure
Add(t, Proc2)
t[1] += Proc1
t[1]()
// expect: two
// expect: one
PROCEDURE Proc1(x = 0)
Trace("one")
PROCEDURE Proc2(x = 0)
Trace("two")
PROCEDURE Square(x = 0)
RESULT x * x
