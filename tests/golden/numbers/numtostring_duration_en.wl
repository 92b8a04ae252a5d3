// NumToString of a Duration writes its milliseconds, as a Duration stored into an
// integer gives them (?1514069); it stopped: "expects a number, not ... duration"
duTask is Duration = 90 min
nMs is int = duTask
Trace(nMs, NumToString(duTask)) // expect: 5400000, 5400000
Trace(NumToString(duTask, "10d"), NumToString(-1 s, "+d")) // expect:    5400000, -1000
vHeld is Variant = 2 s
Trace(NumToString(vHeld)) // expect: 2000
