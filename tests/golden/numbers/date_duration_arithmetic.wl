// Date, Time, DateTime and Duration arithmetic (help pages "Operations available for the
// dates, times and durations", "Day (Property)", "Duration (Variable type)")
d is Date = "20240125"
d..Day += 40 // a part out of range carries into the month
Trace(d) // expect: 20240305
d += 3
Trace(d) // expect: 20240308
d -= 8
Trace(d) // expect: 20240229
// the difference of two dates is a Duration, and a number of days where a number is wanted
d1 is Date = "20240101"
d2 is Date = "20240301"
gap is Duration = d2 - d1
Trace(gap..InDays, gap..InHours) // expect: 60, 1440
Trace(d2 - d1, (d2 - d1) + 1, d2 - d1 > 30) // expect: 60, 61, 1
nDays is int = d2 - d1
Trace(nDays) // expect: 60
// Duration literals and properties
oneHour is Duration = 1 h
twoDays is Duration = 2 d
Trace(oneHour..InMinutes, twoDays..InHours, twoDays..InDays) // expect: 60, 48, 2
task is Duration = 3 min 30 s
Trace(task..InMilliseconds, task..InSeconds, task..InMinutes) // expect: 210000, 210, 3.5
// a Date, Time or DateTime plus or minus a Duration
Trace(d1 + twoDays, d1 - twoDays) // expect: 20240103, 20231230
dt is DateTime = "20240115103000"
dt += oneHour
Trace(dt) // expect: 20240115113000000
dt -= 30 min
Trace(dt) // expect: 20240115110000000
later is DateTime = dt + twoDays
Trace(later) // expect: 20240117110000000
Trace((later - dt)..InDays, (later - dt)..InHours) // expect: 2, 48
t is Time = "2330"
t += 50 min
Trace(t) // expect: 00200000
// Durations add, subtract, scale and compare
total is Duration = oneHour + task
Trace(total..InSeconds, total) // expect: 3810, 1 h 3 min 30 s
Trace((oneHour - task)..InSeconds, (task * 2)..InSeconds, (oneHour / 4)..InMinutes) // expect: 3390, 420, 15
Trace(oneHour > task, oneHour = 60 min, task < 3 min) // expect: 1, 1, 0
// comparisons of dates, times and datetimes
Trace(d1 < d2, dt < later, dt = dt, "0900" < t) // expect: 1, 1, 1, 0
