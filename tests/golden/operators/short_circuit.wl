// _AND_ and _OR_ stop as soon as the result is known
Trace(Check("a", False) _AND_ Check("b", True)) // expect: check a
// expect: 0
Trace(Check("c", True) _OR_ Check("d", False)) // expect: check c
// expect: 1
Trace(Check("e", True) _AND_ Check("f", True)) // expect: check e
// expect: check f
// expect: 1

PROCEDURE Check(name, value)
Trace("check " + name)
RETURN value
