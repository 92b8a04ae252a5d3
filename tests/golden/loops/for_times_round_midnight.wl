// A FOR loop over a Time ends when its step turns round midnight: 23:45 + 15 min is
// 00:00, still before the TO bound 23:59, so the loop never ended. A Date loop that
// reaches 31/12/9999 ends there: stepping past it stopped the run ("Numeric overflow",
// at the body's last line). A counter that cannot step (an empty Date) stops the run at
// the FOR, not at the body's last line.
t is Time
n is int
FOR t = "2300" TO "2359" STEP 15 min
	n++
END
Trace(n) // expect: 4
Trace(t..Hour, t..Minute) // expect: 0, 0
n = 0
FOR t = "0030" TO "0000" STEP -15 min
	n++
END
Trace(n) // expect: 3
Trace(t..Hour, t..Minute) // expect: 23, 45
d is Date
FOR d = "99991230" TO "99991231"
	Trace(d)
END
// expect: 99991230
// expect: 99991231
Trace(d) // expect: 99991231
dt is DateTime
n = 0
FOR dt = "99991231230000" TO "99991231235959" STEP 30 min
	n++
END
Trace(n) // expect: 2
Trace(dt..Minute) // expect: 30
old is Date = "00010101"
old = old + 1000
Trace(old) // expect: 00030928
FOR d = Null TO "20240105" // expect error: The Date is empty
	n++
END
