// DateTimeLocalToUTC / DateTimeUTCToLocal: round trips in any time zone (values: tests/stdlib/test_utc_zone.py)
dt is DateTime = "20240115103000000"
Trace(DateTimeUTCToLocal(DateTimeLocalToUTC(dt)) = dt) // expect: 1
Trace(Length(DateTimeLocalToUTC("20240701120000000"))) // expect: 17
Trace(DateTimeLocalToUTC("nope")) // expect error: DateTimeLocalToUTC
