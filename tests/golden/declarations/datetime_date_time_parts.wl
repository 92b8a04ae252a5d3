// A DateTime's date and time parts written with one dot, the modern spelling of
// `..Date` / `..Time` (the help's examples write `StartDate.Day += 5`): `dt.Date` was
// read as a structure member ("a string has no member 'Date'"). On a variable, a
// structure member and an array element, read and written.
dt is DateTime = "20240305143000"
Trace(dt.Date, dt.Time)
// expect: 20240305, 14300000
dt.Time = "0800"
dt.Date = "20250101"
Trace(dt)
// expect: 20250101080000000
ST_Meeting is Structure
  Start is DateTime
END
m is ST_Meeting
m.Start = "20240101120000"
Trace(m.Start.Date, m.Start..Time)
// expect: 20240101, 12000000
m.Start.Date = "20231231"
Trace(m.Start)
// expect: 20231231120000000
t is array of DateTime
ArrayAdd(t, "20240101120000")
t[1]..Date = "20230505"
t[1].Time = "0101"
Trace(t[1])
// expect: 20230505010100000
