// `CInv.Scale` without parentheses, for a method needing arguments, is a reference to
// the method, as `CInv::Scale` is (a procedure value: ArraySort, ThreadExecute...); it
// was the call without them (WL104). Stored into a number it is WL110, as the run stops
// there ("A value of type procedure cannot be used as a number.")
CInv is Class
	m_n is int
END
x is int = CInv.Scale // error: WL110:17 'Scale' needs 1 argument(s): named without them it is the method itself, which cannot be stored in 'x', a number
y is string = CInv::Scale // error: WL110:21 'Scale' needs 1 argument(s): named without them it is the method itself, which cannot be stored in 'y', a string
t is array of int = [3, 1, 2]
ArraySort(t, asFunction, CInv::Desc)
ArraySort(t, asFunction, CInv.Desc)
Trace(x, y, t[1])
PROCEDURE GLOBAL CInv::Scale(n is int) : int
RESULT 10 * n
PROCEDURE GLOBAL CInv::Desc(a, b)
RESULT b - a
