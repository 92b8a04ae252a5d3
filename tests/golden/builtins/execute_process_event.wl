// ExecuteProcess of a control's event (any kind but trtProcedure) is a window function:
// it stops with an error saying so, as the other window functions do
s is string = "BTN_Save"
ExecuteProcess(s, trtClick) // expect error: ExecuteProcess runs the event of a window or a control: a window function
