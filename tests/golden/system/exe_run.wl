// ExeRun (help page ?3035006): True once the program started, its exit code with
// exeReturnValue, its process identifier with exePID; False and ErrorInfo when it cannot.
Trace(ExeRun("sh -c ""exit 7""", exeActive, exeReturnValue)) // expect: 7
Trace(ExeRun("sh -c ""exit 0""", exeActive, exeWait)) // expect: 1
pid is int = ExeRun("sh -c ""exit 0""", exeActive, exePID)
Trace(pid > 0, pid <> ExeGetPID()) // expect: 1, 1
dir is string = fTempPath() + "/wl_exerun_" + ExeGetPID()
fMakeDir(dir)
Trace(ExeRun("sh -c ""pwd > where.txt""", exeActive, exeWait, dir)) // expect: 1
Trace(Position(fLoadText(dir + "/where.txt"), "wl_exerun_") > 0) // expect: 1
fDelete(dir + "/where.txt")
fRemoveDir(dir)
ok is boolean = ExeRun("no_such_program_wl_12345 a b")
Trace(ok, ErrorOccurred) // expect: 0, 1
Trace(ErrorInfo(errMessage)) // expect: ExeRun: the program 'no_such_program_wl_12345' was not found in the current folder nor along the PATH.
Trace(ExeRun("sh", exeActive, exeWait, dir), ErrorOccurred) // expect: 0, 1
// the French names (exeIconise, exeBloquant...) are the same constants
Trace(ExeRun("sh -c ""exit 0""", exeIconize, exeWait)) // expect: 1
Trace(exeIconize = exeIconise, exeInactive = exeInactif, exeWait = exeBloquant) // expect: 1, 1, 1
