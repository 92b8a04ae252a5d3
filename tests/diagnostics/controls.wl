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
// other prefixes real code gives controls, and the names the IDE gives a new control
Trace(TBL_Orders..Count) // warning: WL212:7 control TBL_Orders: not available outside a window
Trace(LBL_Total) // warning: WL212:7 control LBL_Total: not available outside a window
CHK_Paid = True // warning: WL212:1 control CHK_Paid: not available outside a window
Gauge1..Value = 3 // warning: WL212:1 control Gauge1: not available outside a window
Trace(Button2..Caption) // warning: WL212:7 control Button2: not available outside a window
Trace(Window1..Title) // warning: WL212:7 window Window1: not available outside a window
gauge2 = 1 // error: WL101:1 'gauge2' is not declared
Trace(Amount1) // error: WL101:7 'Amount1' is not declared
// the words for the element whose code runs, in a window's code kept as a script
Trace(MySelf..Value) // warning: WL212:7 control MySelf: not available outside a window
Trace(MyWindow..Title) // warning: WL212:7 window MyWindow: not available outside a window
