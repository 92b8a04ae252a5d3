// Abs and Round of a Duration give a Duration (decided: docs/semantics.md "Abs and Round
// of a Duration"): they stopped with "Abs expects a number, not a value of type
// duration". Round counts the Duration's milliseconds: Round(du, -3) is to the second.
tStart is Time = "1030"
tEnd is Time = "0900"
Trace(Abs(tEnd - tStart), Abs(90 s), TypeVar(Abs(-1 h)) = wlDuration) // expect: 1 h 30 min, 1 min 30 s, 1
duRun is Duration = 1 h 20 min 30 s 600 ms
Trace(Round(duRun), Round(duRun, -3), Round(2 s 499 ms, -3)) // expect: 1 h 20 min 30 s 600 ms, 1 h 20 min 31 s, 2 s
Trace(Round(duRun, 1 h), Abs(-3), Round(2.5)) // expect: 1 h, 3, 3
