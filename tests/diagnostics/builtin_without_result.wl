// A built-in that gives no result (Trace, Info, Error, ArraySort, ThreadPause...) used as
// a value: WL117, and the run stops at the call with the same words (it gave "" or 0)
t is array of int = [3, 1, 2]
x is int = Trace("a") // error: WL117:12 'Trace' gives no result: its call cannot be used as a value
s is string
s = Info("b") // error: WL117:5 'Info' gives no result: its call cannot be used as a value
IF ArraySort(t) THEN s = "sorted" // error: WL117:4 'ArraySort' gives no result: its call cannot be used as a value
Trace("n = " + trace("c")) // error: WL117:16 'trace' gives no result: its call cannot be used as a value
// built-ins whose result in WINDEV no stored page shows (they start, close, connect or
// set something, which often reports whether it could): not judged, no WL117
bOpened is boolean = TraceStart(1)
bClosed is boolean = SocketClose("sck")
IF ChronoPause() THEN Trace("paused")
// ArrayDelete gives an integer in WINDEV's own runtime (its Android API declares one),
// so it is not judged; ArrayDeleteAll and ArrayMove give none there, and stay judged
nLeft is int = ArrayDelete(t, 1)
IF ArrayDeleteAll(t) THEN Trace("emptied") // error: WL117:4 'ArrayDeleteAll' gives no result: its call cannot be used as a value
Trace(nLeft, ArrayMove(t, 1, 2)) // error: WL117:14 'ArrayMove' gives no result: its call cannot be used as a value
Trace(bOpened, bClosed, HTTPTimeOut(20), SignalOpen("go")) // error: WL117:42 'SignalOpen' gives no result: its call cannot be used as a value
// on a line of its own, or as a procedure's RESULT, it is left as it is
Trace(x, s)
ArraySort(t)
Trace(Log1("d"))
PROCEDURE Log1(sText)
RESULT Trace(sText)
