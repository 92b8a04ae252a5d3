// A procedure named in a text where a built-in takes a procedure is a callback: its
// caller imposes its parameters, so an unused one is no WL202 (docs/check.md, WL202):
// ThreadExecute, fListFile, ExecuteProcess and, among the WINDEV functions
// wlinterp does not run, TimerSys (?3015006), Timer (?3015008), HWatch (?1000022407)
// and HOnServerCall (?3044343). A text elsewhere names nothing.
ThreadExecute("thWorker", threadNormal, "Worker", 1)
ThreadWait("thWorker")
nFiles is int = fListFile(fTempPath() + fSep() + "*.none", "CountFile")
arrNames is array of strings = ["b", "a"]
ArraySort(arrNames, asFunction, CompareFirst)
Trace(nFiles, arrNames[1], "Helper")
IF False THEN
    ExecuteProcess("OnClick", trtClick)
    TimerSys("Tick", 100) // wl: ignore[WL103]
    Timer("TICK2", 100) // wl: ignore[WL103]
    HWatch("Customer", "OnCustomerChange") // wl: ignore[WL103]
    HOnServerCall(hMessage, "ServerMessage") // wl: ignore[WL103]
END
PROCEDURE Worker(nUnused)
Trace("w")
PROCEDURE CountFile(sFolder, sName, nChange, nPtr)
RESULT True
PROCEDURE CompareFirst(s1, s2)
RESULT 0
PROCEDURE OnClick(nCode)
Trace("click")
PROCEDURE Tick(nTimer)
Trace("tick")
PROCEDURE Tick2(nTimer)
Trace("tick")
PROCEDURE OnCustomerChange(sFile, nRecord, nAction)
Trace("change")
PROCEDURE ServerMessage(nType, sMessage, nDuration)
Trace("message")
PROCEDURE Helper(bUnused) // warning: WL202:18 the parameter 'bUnused' is never used
Trace("helper")
