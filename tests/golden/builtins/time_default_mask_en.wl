// TimeToString without a mask writes the hundredths, "HH:MM:SS:CC", as PC SOFT's runtime
// does (it wrote "HH:MM:SS"; docs/builtins.md "TimeToString's default mask": VERIFIED
// against PC SOFT's Android runtime, as DateTimeToString's default ?1000025516), and
// StringToTime without a mask reads that form back, or "HH:MM:SS" and "HH:MM"
Trace(TimeToString("1407")) // expect: 14:07:00:00
Trace(TimeToString("14070945")) // expect: 14:07:09:45
MyTime is Time = "1525"
MyTime.Hour = 12
MyTime.Minute = 0
Trace(MyTime.ToString()) // expect: 12:00:00:00
Trace(MyTime.ToString("HH:mm:SS")) // expect: 12:00:00
Trace(StringToTime(TimeToString("13452511"))) // expect: 13452511
Trace(StringToTime("13:45:25"), StringToTime("13:45")) // expect: 13452500, 13450000
Trace("[" + StringToTime("13h45") + "]") // expect: []
Trace(StringToTime("13h45", "HHhMM")) // expect: 13450000
