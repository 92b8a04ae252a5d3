// Help page "DateTimeDifference" (?3027020, "In French: DateHeureDifférence"), its
// English versions' other examples: the end written `DateSys() + TimeSys()`, and the
// "other possible solution" with `SysDate() + SysTime()` into a DateTime and the
// difference of two DateTimes as a Duration, shown by its ..Day, ..Hour... (SysDate and
// SysTime were unknown). Fixed dates give results to compare.
Diff is string
Diff = DateTimeDifference("199801011215", DateSys() + TimeSys())
Trace(Left(Diff, 1), Length(Diff)) // expect: +, 16
Diff = DateTimeDifference("199801011215", DateSys() + TimeSys())
Duration1 is Duration = StringToDuration(Diff, durationCenti)
Trace(Duration1..Day > 9000) // expect: 1
DateTime1 is DateTime = "199801011215"
DateTime2 is DateTime = SysDate() + SysTime()
Duration2 is Duration = DateTime2 - DateTime1
Trace(Duration2..Day > 9000, Duration2..Day - Duration1..Day <= 1) // expect: 1, 1
DateTime2 = "199801031530"
Duration2 = DateTime2 - DateTime1
Trace("Time passed: " + Duration2..Day + "days", Duration2..Hour + "hours", ...
      Duration2..Minute + "minutes", Duration2..Second + "seconds") // expect: Time passed: 2days, 3hours, 15minutes, 0seconds
