// Max and Min of a number and a Time stop: they are measured on no common scale, as a
// number and a Date are (docs/semantics.md "Max and Min of Durations and dates"). Min(7,
// tStart) gave the Time 00:00:00.07 (the number read as hundredths of a second). Times
// and texts that write a time still compare as moments of the day.
tStart is Time = "1030"
Trace(Max(tStart, "09:00"), Min(tStart, "0900")) // expect: 10300000, 09000000
WHEN EXCEPTION IN
	Trace(Min(7, tStart)) // wl: ignore[WL115] (what wl check says; the run is caught here)
DO
	Trace(ExceptionInfo(errMessage)) // expect: Min cannot compare a Time with a number: they are not measured on one scale.
END
Trace(Max(tStart, 2)) // expect error: Max cannot compare a Time with a number: they are not measured on one scale.
