// date and time variables hold YYYYMMDD and HHMMSSCC strings
d is date = "20240315"
t is time = "13450000"
Trace(d) // expect: 20240315
Trace(t) // expect: 13450000
Trace(DateToString(d)) // expect: 15/03/2024
Trace(TimeToString(t)) // expect: 13:45:00:00
