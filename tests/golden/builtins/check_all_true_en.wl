// CheckAllTrue, CheckAllFalse, CheckOneTrue, CheckOneFalse (no stored page: names and
// behaviour INFERRED, docs/builtins.md): WLanguage's truth of each value, arrays element
// by element, a procedure given last asked about each value.
Trace(CheckAllTrue(1 = 1, "a" = "a", 5), CheckAllTrue(True, False))   // expect: 1, 0
Trace(CheckAllFalse(False, 0, Null), CheckAllFalse(False, 1))   // expect: 1, 0
Trace(CheckOneTrue(False, 0, 3), CheckOneTrue(False, 0))   // expect: 1, 0
Trace(CheckOneFalse(True, 0), CheckOneFalse(True, 1))   // expect: 1, 0
t is array of int = [1, 2, 3]
Trace(CheckAllTrue(t), CheckAllTrue(t, Big), CheckOneTrue(t, Big), CheckOneFalse(t, Big))   // expect: 1, 0, 1, 1
Trace(CheckAllTrue(), CheckOneTrue())   // expect: 1, 0

PROCEDURE Big(n)
RESULT n > 2
