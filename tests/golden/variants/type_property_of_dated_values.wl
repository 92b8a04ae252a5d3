// `v..Type` of a Duration, Date, Time or DateTime variable is TypeVar's constant, as for
// any other value (docs/builtins.md "TypeVar"); a Duration stopped with "A Duration has no
// property 'Type'" because its own parts were asked for a part named Type
du is Duration = 90 s
d is Date = "20240101"
t is Time = "1230"
dt is DateTime = "20240101123000"
Trace(du..Type = TypeVar(du), du..Type = wlDuration) // expect: 1, 1
Trace(d..Type = TypeVar(d), d..Type = wlDate) // expect: 1, 1
Trace(t..Type = TypeVar(t), dt..Type = TypeVar(dt)) // expect: 1, 1
Trace(du..Minute, d..Year) // expect: 1, 2024
