// A name with an underscore is no WINDEV function: none has one. Undeclared, it is an
// unknown procedure (WL102), though it starts like a family of window or socket
// functions (`Table...`, `Socket...`): it was WL103 "is a window function"
PROCEDURE Send()
Socket_Write("srv", "hello") // error: WL102:1 unknown procedure or function 'Socket_Write'; did you mean SocketWrite?
Table_Fill() // error: WL102:1 unknown procedure or function 'Table_Fill'
Trace(Window_Title("x")) // error: WL102:7 unknown procedure or function 'Window_Title'
TableDisplay(TABLE_Orders) // error: WL103:1 TableDisplay is a window function: not available outside the IDE (wlinterp runs code without windows).
Table_Load()
PROCEDURE Table_Load()
Trace("the program's own procedure")
