// A FOR loop over a Date, a Time or a DateTime variable moves it as `d = d + step`
// does (days for a Date, a Duration for a Time or a DateTime) and compares it with the
// TO bound as `d <= end` does: it joined the counter and the step as text ("202402271",
// "0800000030 min") and a loop over times never ended. A Duration's opposite is a
// Duration (-d stepped a Time back by hundredths of a second, as a number).
d is Date
FOR d = "20240227" TO "20240301"
	Trace(d)
END
// expect: 20240227
// expect: 20240228
// expect: 20240229
// expect: 20240301
FOR d = "20240103" TO "20240101" STEP -1
	Trace(d)
END
// expect: 20240103
// expect: 20240102
// expect: 20240101
t is Time
slot is Duration = 30 min
FOR t = "0800" TO "0930" STEP slot
	Trace(t..Hour, t..Minute)
END
// expect: 8, 0
// expect: 8, 30
// expect: 9, 0
// expect: 9, 30
FOR t = "1000" TO "0900" STEP -slot
	Trace(t..Hour, t..Minute)
END
// expect: 10, 0
// expect: 9, 30
// expect: 9, 0
dt is DateTime
FOR dt = "20241231230000" TO "20250101010000" STEP 1 h
	Trace(dt..Year, dt..Hour)
END
// expect: 2024, 23
// expect: 2025, 0
// expect: 2025, 1
back is Duration = -slot
Trace(back..InMinutes) // expect: -30
