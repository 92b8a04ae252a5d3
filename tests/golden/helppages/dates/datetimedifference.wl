// Help page "DateTimeDifference" (help.windev.com, "In French: DateHeureDifférence"): the
// example cuts the result with Left(Diff, 8) for the sign and days, then Middle(Diff, 9, 2)
// hours... and fills a Duration with StringToDuration(Diff, durationCenti). The page's
// program runs as written (SysDateTime); fixed dates give a result to compare.
Diff is string
Diff = DateTimeDifference("199801011215", SysDateTime())
Trace(Left(Diff, 1), Length(Diff)) // expect: +, 16
Diff2 is string = DateTimeDifference("199801011215", SysDateTime())
Duration1 is Duration = StringToDuration(Diff2, durationCenti)
Trace(Duration1.Day > 9000) // expect: 1
Diff = DateTimeDifference("200112251000", "200112281130")
Trace(Left(Diff, 8) + "days", Middle(Diff, 9, 2) + "hours", Middle(Diff, 11, 2) + "minutes") // expect: +0000003days, 01hours, 30minutes
Duration3 is Duration = StringToDuration(Diff, durationCenti)
Trace(Duration3.Day, Duration3.Hour, Duration3.Minute) // expect: 3, 1, 30
Diff = DateTimeDifference("200112281130", "200112251000")
Trace(Diff) // expect: -000000301300000
Duration4 is Duration = StringToDuration(Diff, durationCenti)
Trace(Duration4.InMinutes) // expect: -4410
DateTime1 is DateTime = "199801011215"
DateTime2 is DateTime = SysDateTime()
Duration2 is Duration = DateTime2 - DateTime1
Trace(Duration2.Day > 9000) // expect: 1
