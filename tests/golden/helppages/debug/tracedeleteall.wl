// TraceDeleteAll (no stored help page; English name INFERRED from the French
// TraceSupprimeTout of PC SOFT's list): it clears WINDEV's trace window. Here traces go to
// the terminal, which cannot be cleared: the call is accepted and the traces that follow
// are written as usual.
Trace("before")
TraceDeleteAll()
Trace("after")
// expect: before
// expect: after
