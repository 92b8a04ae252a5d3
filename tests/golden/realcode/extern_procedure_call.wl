// a line starting with Extern( calls a procedure named Extern (it was dropped as an EXTERN line)
EXTERN "WinConst.wl"
Extern(2) // expect: extern 2
Trace(Extern (3)) // expect: extern 3
// expect: 4
PROCEDURE Extern(n)
Trace("extern " + n)
RESULT n + 1
