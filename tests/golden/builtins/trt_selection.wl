// trtSelection / trtSélection: a list's selection event, as PC SOFT's .NET examples call
// it; ExecuteProcess on a control's event is a window function (docs/builtins.md)
Trace(trtSelection <> trtClick, trtSélection <> trtProcédure)   // expect: 1, 1
ExecuteProcess("COMBO_SOURCE", trtSélection)                    // expect error: a window function
