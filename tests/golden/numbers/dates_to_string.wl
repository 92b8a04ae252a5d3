// DateToString, TimeToString, DateTimeToString and DurationToString with masks
d is Date = "20240305"
Trace(DateToString(d, "DD/MM/YYYY"), DateToString(d, "YYYY-MM-DD")) // expect: 05/03/2024, 2024-03-05
t is Time = "1435"
Trace(TimeToString(t, "HH:MM"), TimeToString(t, "HH:MM:SS")) // expect: 14:35, 14:35:00
dt is DateTime = "20240305143000"
Trace(DateTimeToString(dt, "DD/MM/YYYY HH:MM")) // expect: 05/03/2024 14:30
du is Duration = 26 h 5 min
Trace(DurationToString(du, "HH:MM"), DurationToString(du, "D HH:MM")) // expect: 26:05, 1 02:05
