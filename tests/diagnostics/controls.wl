// window controls: a name with a WINDEV control prefix, declared nowhere, is a control of
// a window (a warning: the line fails only when it runs), not an undeclared variable
Trace(EDT_Name) // warning: WL212:7 control EDT_Name: not available outside a window
BTN_OK..Visible = False // warning: WL212:1 control BTN_OK: not available outside a window
x is int = TABLE_Orders..Count // warning: WL212:12 control TABLE_Orders: not available outside a window
Trace(x, WIN_Main..Title) // warning: WL212:10 window WIN_Main: not available outside a window
EDT_Declared is string = "a variable"
Trace(EDT_Declared, zzz) // error: WL101:21 'zzz' is not declared
// the prefix counts in capitals only (as real code writes it): these are undeclared names
int_count = 3 // error: WL101:1 'int_count' is not declared
Trace(Edt_Other) // error: WL101:7 'Edt_Other' is not declared
