// Time zones by name (IANA names, any case; the run's zone is UTC in the test suite):
// each date uses the daylight saving time in force in each zone.
Trace(DateTimeLocalToTimeZone("20240115120000000", "Europe/Paris"))   // expect: 20240115130000000
Trace(DateTimeLocalToTimeZone("20240715120000000", "europe/paris"))   // expect: 20240715140000000
Trace(DateTimeTimeZoneToLocal("20240715140000000", "Europe/Paris"))   // expect: 20240715120000000
Trace(DateTimeLocalToTimeZone("20240115120000000", "America/New_York"))   // expect: 20240115070000000
Trace(DateTimeTimeZoneToLocal("20240115120000000", "UTC"))   // expect: 20240115120000000
d is DateTime = "20241231233000000"
Trace(DateTimeLocalToTimeZone(d, "Asia/Tokyo"))   // expect: 20250101083000000
Trace(DateTimeLocalToTimeZone(d, "Mars/Olympus"))   // expect error: 'Mars/Olympus' is not a time zone name
