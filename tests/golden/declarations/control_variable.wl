// `c is Control <- EDT_Name` (issue 8): the declaration is accepted and c refers to the
// control by name; any use of it (a property, a member, a method) stops with a clear
// error, since wlinterp runs code without windows (docs/semantics.md).
c is Control <- EDT_Name // wl: ignore[WL101]
Trace("declared") // expect: declared
Check(1)
Check(2)
Check(3)
PROCEDURE Check(n)
WHEN EXCEPTION IN
	SWITCH n
		CASE 1: Trace(c..Value)
		CASE 2: c.Caption = "x"
		CASE 3: c.Display()
	END
DO
	Trace(ExceptionInfo(errMessage))
END
// expect: '..Value' on the window control EDT_Name: window controls are not available outside the IDE (wlinterp runs code without windows).
// expect: '..Caption' on the window control EDT_Name: window controls are not available outside the IDE (wlinterp runs code without windows).
// expect: '.Display()' on the window control EDT_Name: window controls are not available outside the IDE (wlinterp runs code without windows).
