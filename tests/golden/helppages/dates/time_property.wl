// Help page "Time (Property)" (doc.windev.com ?2512069): its example on a variable as
// written, with a Trace of each change, then the new time as the page's syntax lists it:
// an integer is hundredths of a second since midnight (360000 was read as the digits
// 36:00:00), HHMMSSCCC keeps its thousandths (they were cut to hundredths), and setting
// the time replaces the thousandths the DateTime had. The lines on a data file item
// (Work.StartDate) are run on a structure of ours.
// Operations performed on a DateTime variable
StartDate is DateTime = "200112121515"
EndTime is Time = "1530"
Trace(StartDate.Time) // expect: 15150000
// Change the time
StartDate.Time = "153050"// Modify the Time part
Trace(StartDate) // expect: 20011212153050000
StartDate.Time = EndTime
Trace(StartDate) // expect: 20011212153000000
StartDate.Time = 360000
Trace(StartDate) // expect: 20011212010000000
StartDate.Time = "153050123"
Trace(StartDate) // expect: 20011212153050123
StartDate.Time = "1530"
Trace(StartDate) // expect: 20011212153000000
StartDate.Time = "15305012"
Trace(StartDate, StartDate.Millisecond) // expect: 20011212153050120, 120
STWork is Structure
	StartDate is DateTime
	EndTime is Time
END
Work is STWork
// Operations performed on a DateTime item
Work.StartDate = "200112121515"
Work.EndTime = "1530"
// Change the time
Work.StartDate.Time = "153050"// Modify the Time part
Trace(Work.StartDate) // expect: 20011212153050000
Work.StartDate.Time = Work.EndTime
Trace(Work.StartDate) // expect: 20011212153000000
Work.StartDate.Time = 4500
Trace(Work.StartDate) // expect: 20011212000045000
// A Time holds thousandths (docs/semantics.md "A Time holds thousandths"): HHMMSSCCC
// given to a Time keeps them (they were cut to hundredths: 120)
t is Time = "153050123"
Trace(t, TimeToString(t), t.Millisecond) // expect: 153050123, 15:30:50:12, 123
