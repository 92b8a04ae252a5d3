// TraceStart / TraceEnd (were unknown): PC SOFT's blog post on traces shows
// TraceStart(trWindow+trTopMost+trFile, <file>), and names trWindow (the default
// display), trFile (the trace is also saved in a file) and trDisable (no trace). Here
// the display is stdout; the file gets CR+LF lines (docs/builtins.md "TraceStart").
sFile is string = fTempPath() + "/wl_trace_" + GetUUID() + ".txt"
Trace("before")
// expect: before
// The trace is displayed and a trace file is saved
TraceStart(trWindow + trTopMost + trFile, sFile)
Trace("both", 1)
// expect: both, 1
TraceStart(trFile, sFile)
TraceBuild("file only %1", 2)
TraceStart(trDisable)
Trace("nowhere")
TraceEnd()
Trace("after")
// expect: after
Trace(Replace(fLoadText(sFile), CR, "|"))
// expect: both, 1|file only 2|
fDelete(sFile)
