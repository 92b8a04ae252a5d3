// AND and OR evaluate both sides, even when the result is already known
Trace(Check("a", False) AND Check("b", True)) // expect: check a
// expect: check b
// expect: 0
Trace(Check("c", True) OR Check("d", False)) // expect: check c
// expect: check d
// expect: 1

PROCEDURE Check(name, value)
Trace("check " + name)
RETURN value
