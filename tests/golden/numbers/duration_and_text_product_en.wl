// A Duration multiplied or divided by a text (or a text by a Duration) stops, as its
// remainder by a text already did (decided: docs/semantics.md "Products of dates, times
// and durations"): `du * "abc"` was 0 s while `du % "abc"` was refused. Val gives the
// number a text writes.
duSlot is Duration = 1 h
sFactor is string = "abc"
WHEN EXCEPTION IN
	Trace(duSlot * sFactor)
DO
	Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be multiplied by a text (a Duration is multiplied or divided by a number: Val gives the number a text writes).
END
sFactor = "2"
Trace(duSlot * Val(sFactor), duSlot / 2, 3 * duSlot) // expect: 2 h, 30 min, 3 h
Trace(duSlot / "4") // expect error: A Duration cannot be divided by a text (a Duration is multiplied or divided by a number: Val gives the number a text writes).
