// A name with an underscore is no WINDEV function: none has one. Undeclared, it is an
// unknown procedure (WL102), though it starts like a family of window or socket
// functions (`Table...`, `Socket...`): it was WL103 "is a window function". Without its
// underscores, a function's name is the hint (`Array_Add`: ArrayAdd)
PROCEDURE Send()
arrNames is array of strings
Socket_Write("srv", "hello") // error: WL102:1 unknown procedure or function 'Socket_Write'; did you mean SocketWrite?
Table_Fill() // error: WL102:1 unknown procedure or function 'Table_Fill'
Trace(Window_Title("x")) // error: WL102:7 unknown procedure or function 'Window_Title'
TableDisplay(TABLE_Orders) // error: WL103:1 TableDisplay is a window function: not available outside the IDE (wlinterp runs code without windows).
Table_Load()
Array_Add(arrNames, "x") // error: WL102:1 unknown procedure or function 'Array_Add'; did you mean ArrayAdd?
Open_Child("WIN_Detail") // error: WL102:1 unknown procedure or function 'Open_Child'; did you mean OpenChild?
HRead_First(Customer) // error: WL102:1 unknown procedure or function 'HRead_First'; did you mean HReadFirst?
PROCEDURE Table_Load()
Trace("the program's own procedure")
