// Help page ExeRun (?3035006), the modes and waits of its syntax on a shell command (the
// window modes mean nothing without a window: accepted, the program runs the same).
// exeReturnValue gives the program's exit code; exeWait and exeDontWait give True.
Trace(ExeRun("/bin/sh -c ""exit 3""", exeInactive, exeReturnValue))   // expect: 3
Trace(ExeRun("/bin/sh -c ""exit 0""", exeIconize, exeWait))           // expect: 1
Trace(ExeRun("/bin/sh -c ""exit 0""", exeMaximize, exeDontWait))      // expect: 1
Trace(ExeRun("/bin/sh -c ""exit 5""", exeActive, exeReturnValue))     // expect: 5
Trace(ExeRun("/bin/sh -c ""exit 0""", exeActive, exePID) > 0)         // expect: 1
