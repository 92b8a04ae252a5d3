// A Duration stored into a boolean stops the run, by = and by += or -= (a boolean plus a
// Duration is a Duration, 2 s 1 ms for True + 2 s); `wl check` says WL110 there
// (docs/semantics.md "A Duration stored into a boolean"). A Date added to a boolean runs.
bDone is boolean = True
duWait is Duration = 2 s
Trace(bDone + duWait) // expect: 2 s 1 ms
WHEN EXCEPTION IN
	bDone += duWait
DO
	Trace(ExceptionInfo(errMessage)) // expect: A value of type duration cannot be used as a boolean.
END
bDone = duWait // expect error: A value of type duration cannot be used as a boolean.
