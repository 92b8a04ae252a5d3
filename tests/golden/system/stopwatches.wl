// Stopwatches (help page ?3027031): ChronoStart starts one (number 1 by default),
// ChronoValue reads it, ChronoEnd stops it and gives a Duration, ChronoResume restarts it.
ChronoStart()
ChronoStart(2)
ThreadPause(3)
d is Duration = ChronoValue()
Trace(d..InMilliseconds >= 25, TypeVar(d) = wlDuration) // expect: 1, 1
ChronoPause(2)
kept is int = ChronoValue(2)..InMilliseconds
ThreadPause(3)
Trace(ChronoValue(2)..InMilliseconds = kept) // expect: 1
ChronoResume(2)
ThreadPause(2)
Trace(ChronoValue(2)..InMilliseconds >= kept + 15) // expect: 1
total is Duration = ChronoEnd()
Trace(total >= d, ChronoValue()..InMilliseconds = total..InMilliseconds) // expect: 1, 1
ChronoPause(2)
ChronoReset(2)
Trace(ChronoValue(2)..InMilliseconds) // expect: 0
WHEN EXCEPTION IN
	ChronoEnd(7)
DO
	Trace(ExceptionInfo(errMessage)) // expect: ChronoEnd: the stopwatch 7 is not started (call ChronoStart first, in the same thread).
END
