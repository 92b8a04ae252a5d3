// Ancestor.M() with no ancestor declaring M stops the run with the check's words (WL109)
CBase is Class
END
CDerived is Class
	inherits from CBase
END
d is CDerived
d.Show()
PROCEDURE CBase::Show()
Trace("base")
PROCEDURE CDerived::Show()
Ancestor.Show() // expect: base
Ancestor.Missing() // expect error: 'Missing' is not a method of CBase nor of its ancestors
