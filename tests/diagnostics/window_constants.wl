// window constants compared outside a window function's arguments: WL212 (a warning),
// as a control is; a variable the program declares with such a name is its variable
nAnswer is int = YesNo("Go on?") // error: WL103:18 YesNo is a window function: not available outside the IDE (wlinterp runs code without windows).
IF nAnswer = No THEN // warning: WL212:14 window constant No: not available outside a window
	Trace("stop")
END
nState is int = Active // warning: WL212:17 window constant Active: not available outside a window
EDT_Name..State = nState // warning: WL212:1 control EDT_Name: not available outside a window
Trace(Yes) // warning: WL212:7 window constant Yes: not available outside a window
Trace(Grayed) // warning: WL212:7 window constant Grayed: not available outside a window
Trace(Graye) // error: WL101:7 'Graye' is not declared
Trace(_EVE.wParam) // warning: WL212:7 window variable _EVE: not available outside a window

PROCEDURE Own()
No is int = 3 // warning: WL203:1 this code is never run: it is the body of the procedure 'Own', which nothing calls
Trace(No)
