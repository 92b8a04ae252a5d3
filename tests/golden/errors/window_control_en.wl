// A window control used outside a window (decided: docs/check.md "Window controls"):
// `wl check` warns (WL212), and the run stops where the control is used, saying what
// the name is; WHEN EXCEPTION catches it as any fatal error.
WHEN EXCEPTION IN
    Trace(TABLE_Orders..Count)
DO
    Trace(ExceptionInfo(errMessage))   // expect: control TABLE_Orders: not available outside the IDE (it exists only inside a window; wlinterp runs code without windows).
END
WHEN EXCEPTION IN   // the name as the source writes it (was upper-cased: SAI_NOM)
    SAI_nom = 1
DO
    Trace(ExceptionInfo(errMessage))   // expect: control SAI_nom: not available outside the IDE (it exists only inside a window; wlinterp runs code without windows).
END
// The prefix counts in capitals only (real code writes EDT_, SAI_, BTN_...): these
// undeclared names are variables, not controls (int_ is also the check-box prefix INT_).
int_count = 3   // wl: ignore[WL101]
tab_values = "x"   // wl: ignore[WL101]
Btn_Label = 2   // wl: ignore[WL101]
Trace(int_count, tab_values, Btn_Label)   // wl: ignore[WL101] // expect: 3, x, 2
c is Control <- EDT_Name
WHEN EXCEPTION IN
    Trace(c.Value)
DO
    Trace(ExceptionInfo(errMessage))   // expect: '.Value' on the window control EDT_Name: window controls are not available outside the IDE (wlinterp runs code without windows).
END
EDT_Declared is string = "a variable of that name is a variable"
Trace(EDT_Declared)   // expect: a variable of that name is a variable
EDT_Name = "Dupont"   // expect error: control EDT_Name: not available outside the IDE
