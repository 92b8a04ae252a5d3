// methods of Time and Duration values (WINDEV 2024's prefix syntax): t.ToString() is
// TimeToString, du.ToString(mask) DurationToString; du.InSeconds = n sets the whole
// duration, as du..InSeconds = n does
t is Time = "1525"
t.Hour = 12
t.Minute = 0
t.Second = 0
Trace(t.ToString()) // expect: 12:00:00:00
Trace(t.ToString("HH:MM")) // expect: 12:00
d is Duration = 2 min 8 s
Trace(d.ToString("MM:SS")) // expect: 02:08
d.InSeconds = 90
Trace(d.InMinutes, d..InSeconds) // expect: 1.5, 90
d..InMinutes = 3
Trace(d.ToString("MM:SS")) // expect: 03:00
day is Date = "19851026"
Trace(day.ToString()) // expect: 26/10/1985
