// `CInv.Scale` without parentheses, for a method needing arguments, is a call without
// them (WL104), as `inv.Scale` is; `CInv::Scale` stays a reference to the method (a
// procedure value: ArraySort, ThreadExecute...)
CInv is Class
	m_n is int
END
x is int = CInv.Scale // error: WL104:17 Scale expects 1 parameter(s) but received 0
CInv.Scale // error: WL104:6 Scale expects 1 parameter(s) but received 0
t is array of int = [3, 1, 2]
ArraySort(t, asFunction, CInv::Desc)
Trace(x, t[1])
PROCEDURE GLOBAL CInv::Scale(n is int) : int
RESULT 10 * n
PROCEDURE GLOBAL CInv::Desc(a, b)
RESULT b - a
