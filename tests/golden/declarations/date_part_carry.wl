// a Date's parts carry into the larger units, as the help's idioms (last day of the month,
// 90-day end-of-month due date) need; months and years keep the day within the month
d is Date = "20011225"
d.Day += 5
Trace(d) // expect: 20011230
d..Day += 5
Trace(d) // expect: 20020104
d..Day = 1
d..Month++
d..Day--
Trace(d) // expect: 20020131
d..Month += 1
Trace(d) // expect: 20020228
f is Date = "20240229"
f..Year++
Trace(f) // expect: 20250228
f..Month -= 3
Trace(f) // expect: 20241128
f..Day += 90
Trace(f) // expect: 20250226
f..Month = 14
Trace(f) // expect: 20260226
dt is DateTime = "20240115103000"
dt.Hour += 20 // the modern single-dot spelling reads and writes by the declared type
Trace(dt.Day, dt.Hour, dt..Minute) // expect: 16, 6, 30
t is Time = "2350"
t.Minute += 15
Trace(t.Hour, t.Minute) // expect: 0, 5
