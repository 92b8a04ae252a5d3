// `Ancestor.M()` / `Ancêtre.M()` in a method where no ancestor declares M: WL109, and
// the run stops there with the same words (it said "The class CBase has no method
// 'Missing'" and the check nothing); M's argument count is checked as a call's
CBase is Class
END
CDerived is Class
	inherits from CBase
END
d is CDerived
d.Show()
PROCEDURE CBase::Show()
Trace("base")
PROCEDURE CBase::Twice(n is int)
Trace(n * 2)
PROCEDURE CDerived::Show()
Ancestor.Show()
Ancestor.Twice(2)
Ancestor.Twice() // error: WL104:10 Twice expects 1 parameter(s) but received 0
Ancestor.Missing() // error: WL109:10 'Missing' is not a method of CBase nor of its ancestors
