// `p -= Proc` on a Procedure variable holding Proc several times removes every one
// (decided, docs/semantics.md "A Procedure variable holding several procedures": no
// stored page describes += and -= on procedures; after p -= Proc, Proc is not called).
p is procedure = Proc1
p += Proc2
p += Proc1
p()
// expect: one
// expect: two
// expect: one
p -= Proc1
p()
// expect: two
p -= Proc2
Trace(p = Null)   // expect: 1
PROCEDURE Proc1()
Trace("one")
PROCEDURE Proc2()
Trace("two")
