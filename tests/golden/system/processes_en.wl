// Running programs (docs/builtins.md "Running programs"): the list is "program TAB
// identifier" lines; ExeTerminate ends a process by identifier or by program name. The
// program is a copy of sleep under a unique name, so no other process matches it.
sProg is string = fTempPath() + "/wlnap_" + Replace(GetUUID(), "-", "")
fCopyFile("/bin/sleep", sProg)
ExeRun("chmod +x " + sProg, exeActive, exeWait)
nPid is int = ExeRun(sProg + " 30", exeActive, exePID)
Trace(nPid > 0, Position(ExeListProcess(), sProg + TAB + nPid) > 0)   // expect: 1, 1
Trace(ExeTerminate(nPid))   // expect: 1
Trace(Position(ExeListProcess(), TAB + nPid + CR) = 0)   // expect: 1
ExeRun(sProg + " 30", exeActive, exePID)
ExeRun(sProg + " 30", exeActive, exePID)
Trace(StringCount(ExeListProcess(), sProg + TAB))   // expect: 2
Trace(ExeTerminate(fExtractPath(sProg, fFileName) + ".exe"))   // expect: 1
Trace(StringCount(ExeListProcess(), sProg + TAB))   // expect: 0
Trace(ExeTerminate(fExtractPath(sProg, fFileName)), ErrorOccurred)   // expect: 0, 1
Trace(ExeTerminate(0), ErrorOccurred)   // expect: 0, 1
Trace(Position(ExeListProcess(), TAB + ExeGetPID() + CR) > 0 OR Right(ExeListProcess(), Length(TAB + ExeGetPID())) = TAB + ExeGetPID())   // expect: 1
fDelete(sProg)
