// DateSys() and HeureSys() / TimeSys() are Today's date and Now's time. Given a value,
// they would set the computer's date or time, as WINDEV's do: wlinterp never changes the
// clock, so the run stops there, saying so, and a value that looks like a mask (as real
// code writes `DateSys(maskAAAAMM)` for today's year and month) gets the function that
// formats one. It was a wrong-count error. (decided, UNVERIFIED: docs/builtins.md
// "DateSys and TimeSys given a value")
Trace(DateSys() = Today(), TypeVar(DateSys()) = wlDate, TypeVar(HeureSys()) = wlTime)   // expect: 1, 1, 1
WHEN EXCEPTION IN
	Trace("F" + DateSys("YYYYMM")) // wl: ignore[WL115] (caught: the run's error is the case)
DO
	Trace(ExceptionInfo())   // expect: DateSys("YYYYMM") would set the computer's date: wlinterp does not change the clock, so nothing was changed; to show the current date with a mask, write DateToString(Today(), mask).
END
Trace("F" + DateToString(Today(), "YYYYMM") = "F" + Left(Today(), 6))   // expect: 1
TimeSys("1030")   // expect error: TimeSys("1030") would set the computer's time: wlinterp does not change the clock, so nothing was changed.
