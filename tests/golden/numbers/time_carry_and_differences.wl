// property arithmetic carries across the day, month and year; differences of times and
// datetimes are Durations, negative when the later one is subtracted (issue 8)
t is Time = "2350"
t..Minute += 50
Trace(t) // expect: 00400000
t..Second -= 1
Trace(t..Hour, t..Minute, t..Second) // expect: 0, 39, 59
dt is DateTime = "20241231235959"
dt..Second += 1
Trace(dt) // expect: 20250101000000000
dt..Hour -= 1
Trace(dt..Year, dt..Month, dt..Day, dt..Hour) // expect: 2024, 12, 31, 23
onlyDate is DateTime = "20240229"
Trace(onlyDate..Day, onlyDate..Hour, onlyDate..Minute) // expect: 29, 0, 0
early is Time = "0800"
late is Time = "1730"
gap is Duration = early - late
Trace(gap..InHours, gap..InMinutes) // expect: -9.5, -570
a is DateTime = "20240101080000"
b is DateTime = "20240102093000"
Trace((b - a)..InHours, (b - a)..InDays, TypeVar(b - a) = wlDuration) // expect: 25.5, 1.0625, 1
back is Duration = -3 min 30 s
Trace(back..InSeconds, back) // expect: -210, -3 min 30 s
