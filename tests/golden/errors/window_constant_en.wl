// A window constant read outside a window (decided: docs/check.md "Window controls"):
// `wl check` warns (WL212) and the run stops where it is read, saying what it is;
// WHEN EXCEPTION catches it as any fatal error. A variable of that name is a variable.
WHEN EXCEPTION IN
    nState is int = Active
DO
    Trace(ExceptionInfo(errMessage))   // expect: Active is a window constant (a control's state (State property)): not available outside a window (wlinterp runs code without windows).
END
WHEN EXCEPTION IN
    Trace(_EVE.wParam)
DO
    Trace(ExceptionInfo(errMessage))   // expect: _EVE is a window variable (the Windows message of a window's optional event): not available outside a window (wlinterp runs code without windows).
END
Trace(Own())   // expect: 3
nAnswer is int = 1
IF nAnswer = No THEN
    Trace("never")
END
// expect error: No is a window constant (an answer of YesNo / OuiNon): not available outside a window

PROCEDURE Own()
No is int = 3
RESULT No
