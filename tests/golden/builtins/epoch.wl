// DateTimeToEpoch / EpochToDateTime: Unix time in seconds (default) or milliseconds;
// the DateTime is local: this file expects a UTC run (wl test runs in UTC; --tz changes it)
Trace(DateTimeToEpoch("20240115103000000")) // expect: 1705314600
Trace(DateTimeToEpoch("19700101000001500", epochUnixMillisecond)) // expect: 1500
Trace(EpochToDateTime(1705314600)) // expect: 20240115103000000
Trace(EpochToDateTime(1500, epochUnixMillisecond)) // expect: 19700101000001500
dt is DateTime = EpochToDateTime(86400)
Trace(dt.Year, dt.Month, dt.Day) // expect: 1970, 1, 2
Trace(DateTimeToEpoch(EpochToDateTime(1234567890))) // expect: 1234567890
Trace(EpochToDateTime(1, 9)) // expect error: EpochToDateTime: unknown epoch 9.
