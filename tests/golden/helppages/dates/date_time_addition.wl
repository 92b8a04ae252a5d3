// Help page "Operations available on dates, times, datetimes and durations" (?1514040):
// its addition table, each pair of types traced. Two of Date, Time and DateTime added
// are their texts joined ("Concatenation of the elements into a string"; a Date plus a
// Time "can be used by DateTimeDifference"); a Duration added to one of them gives that
// type (a Date ignores the time part), two Durations a Duration. Time + Time, Time +
// DateTime, DateTime + Time and DateTime + DateTime used to add their digits as times.
MyDate is Date = "20240101"
MyTime is Time = "1030"
MyDateTime is DateTime = "20240101103000"
MyDuration is Duration = 2 h
Trace(MyDate + MyDate) // expect: 2024010120240101
Trace(MyDate + MyTime) // expect: 2024010110300000
Trace(MyDate + MyDateTime) // expect: 2024010120240101103000000
Trace(MyDate + MyDuration) // expect: 20240101
Trace(MyTime + MyDate) // expect: 1030000020240101
Trace(MyTime + MyTime) // expect: 1030000010300000
Trace(MyTime + MyDateTime) // expect: 1030000020240101103000000
Trace(MyTime + MyDuration) // expect: 12300000
Trace(MyDateTime + MyDate) // expect: 2024010110300000020240101
Trace(MyDateTime + MyTime) // expect: 2024010110300000010300000
Trace(MyDateTime + MyDateTime) // expect: 2024010110300000020240101103000000
Trace(MyDateTime + MyDuration) // expect: 20240101123000000
Trace(MyDuration + MyDate) // expect: 20240101
Trace(MyDuration + MyTime) // expect: 12300000
Trace(MyDuration + MyDateTime) // expect: 20240101123000000
Trace((MyDuration + MyDuration).InHours) // expect: 4
// A Date and a Time joined give the text DateTimeDifference reads
Trace(DateTimeDifference(MyDate + MyTime, "202401011230")) // expect: +000000002000000
// The same pairs when one side is a function's result (a text at run time)
vTime is Variant = MyTime
Trace(MyDateTime + vTime) // expect: 2024010110300000010300000
// The page's example: a conference of two hours plus a Time of 3 h 30
StartDateTime is DateTime = "200112051530"
EndDateTime is DateTime = "200112051730"
ConferenceDuration is Duration = EndDateTime - StartDateTime
AdditionalTime is Time = "0330"
Trace((ConferenceDuration + AdditionalTime)) // expect: 05300000
// ...and the page's last line as written: the Time stored into a DateTime is that time
// today (INFERRED: a fresh DateTime's date part; it read as the year 0530)
FinalDateTime is DateTime
FinalDateTime = ConferenceDuration + AdditionalTime
Trace(FinalDateTime..Hour, FinalDateTime..Minute) // expect: 5, 30
Trace(FinalDateTime..Date = DateSys()) // expect: 1
