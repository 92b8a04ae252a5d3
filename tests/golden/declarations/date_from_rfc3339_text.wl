// a Date, Time or DateTime variable given an RFC 3339 / ISO 8601 text holds the digits
// it stands for (decided: the form WINDEV writes a date in, in JSON); WINDEV's own digits
// are read as before; a text with a time-zone offset is kept as it is
d is Date = "2024-01-15"
Trace(d, d.Day, d.Month, d.Year) // expect: 20240115, 15, 1, 2024
Trace(d + 20) // expect: 20240204
dt is DateTime = "2024-01-15T10:30:00"
Trace(dt, dt.Hour, dt.Minute) // expect: 20240115103000000, 10, 30
dt = "2024-01-15T10:30:05.250Z"
Trace(dt, dt.Second, dt.Millisecond) // expect: 20240115103005250, 5, 250
dt = "2024-01-15 08:05"
Trace(dt) // expect: 20240115080500000
t is Time = "10:30:15"
Trace(t, t.Hour, t.Second) // expect: 10301500, 10, 15
t = "07:45"
Trace(t) // expect: 07450000
s is string = "2024-02-29"
d = s
Trace(d, d + 1) // expect: 20240229, 20240301
d = "2024-03-01T23:59:59"
Trace(d) // expect: 20240301
d = "20241225"
Trace(d.Month) // expect: 12
Holiday is Structure
	first is Date
	opens is Time
END
h is Holiday
h.first = "2025-05-01"
h.opens = "09:00"
Trace(h.first, h.opens) // expect: 20250501, 09000000
dt = "2024-01-15T10:30:00+02:00"
Trace(dt) // expect: 2024-01-15T10:30:00+02:00
Show("2024-12-31")

PROCEDURE Show(x is Date)
Trace(x.Year, x.Month, x.Day) // expect: 2024, 12, 31
