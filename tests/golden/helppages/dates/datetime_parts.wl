// Help page "DateTime (Variable type)" (help.windev.com): a DateTime assigned from its
// string form "YYYYMMDDHHMMSSCCC" exposes its parts, among them ..Date and ..Time.
dt is DateTime
dt = "20240115143000"
Trace(dt..Date) // expect: 20240115
Trace(dt..Year, dt..Month, dt..Day, dt..Hour, dt..Minute) // expect: 2024, 1, 15, 14, 30
dt..Date = "20231231"
Trace(dt..Year, dt..Hour) // expect: 2023, 14
// the difference of two datetimes is a Duration
later is DateTime = "20240116153000"
gap is Duration = later - dt
Trace(gap..InHours) // expect: 385
// DateTimeToString: the date part of the mask, then its time part
Trace(DateTimeToString("20240115143000", "DD/MM/YYYY HH:MM")) // expect: 15/01/2024 14:30
