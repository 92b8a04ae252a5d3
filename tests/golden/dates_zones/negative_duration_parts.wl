// A negative Duration's parts are negative, so that they add up to the duration and
// `du..Minute += 5` adds five minutes whatever its sign (INFERRED, docs/semantics.md "A
// negative Duration's parts"). They were positive: -1 h 30 min read 1 and 30.
duLate is Duration = -(90 min)
Trace(duLate..Hour, duLate..Minute, duLate..InMinutes) // expect: -1, -30, -90
Trace(duLate..Hour * 60 + duLate..Minute = duLate..InMinutes) // expect: 1
duLate..Minute += 5
Trace(duLate, duLate..InMinutes) // expect: -1 h 25 min, -85
duLate..Minute = -10
Trace(duLate) // expect: -1 h 10 min
duGap is Duration = "-0013000500"
Trace(duGap..Day, duGap..Hour, duGap..Second, duGap..Millisecond) // expect: 0, -1, 0, -500
duEarly is Duration = 62 min
Trace(duEarly..Hour, duEarly..Minute) // expect: 1, 2
