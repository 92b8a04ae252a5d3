// DateTime parts from its string form; property arithmetic carries; Durations
dt is DateTime = "20240115103000"
Trace(dt..Year, dt..Month, dt..Day, dt..Hour, dt..Minute) // expect: 2024, 1, 15, 10, 30
t is Time = "1030"
t..Minute += 50
Trace(t..Hour, t..Minute) // expect: 11, 20
start is Time = "0800"
stop is Time = "1030"
d is Duration = stop - start
Trace(d..InMinutes, d..InHours) // expect: 150, 2.5
Trace((stop - start)..InSeconds) // expect: 9000
pause is Duration = 3 min 30 s
Trace(pause..InSeconds, pause) // expect: 210, 3 min 30 s
Trace(start + 90 min) // expect: 09300000
a is DateTime = "20240101235000"
b is DateTime = "20240102001000"
Trace((b - a)..InMinutes) // expect: 20
a..Minute += 30
Trace(a..Day, a..Hour, a..Minute) // expect: 2, 0, 20
