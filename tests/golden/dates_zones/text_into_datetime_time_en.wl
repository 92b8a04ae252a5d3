// A text given to a DateTime or a Time (decided: docs/semantics.md "A text into a
// DateTime or a Time"). WINDEV's digits, the ISO forms and a text whose first part is
// the year give the date and time they write; a time whose hour has one digit ("9:15")
// is that time (it stayed a text, with no Hour). A text whose first part is no year
// ("05/01/2025 10:30") is kept as it is, as a Date keeps "05/01/2025": DateTimeValid
// says False (its digits were run together day first, "05012025103000000").
dtDigits is DateTime = "2025010510300000"
dtIso is DateTime = "2025-01-05T10:30"
dtSlash is DateTime = "2025/01/05 10:30"
Trace(dtDigits..Day, dtDigits..Month, dtDigits..Year, dtDigits..Hour, dtDigits..Minute) // expect: 5, 1, 2025, 10, 30
Trace(dtIso..Day, dtIso..Month, dtIso..Hour, dtIso..Minute) // expect: 5, 1, 10, 30
Trace(dtSlash..Day, dtSlash..Month, dtSlash..Hour, dtSlash..Minute) // expect: 5, 1, 10, 30
Trace(dtDigits = dtIso, dtIso = dtSlash, dtIso = "2025-01-05T10:30:00") // expect: 1, 1, 1
Trace(dtIso < "2025-01-05T11:00", dtIso > "20250105") // expect: 1, 1
tStart is Time = "9:15"
Trace(tStart, tStart..Hour, tStart..Minute, TimeValid(tStart)) // expect: 09150000, 9, 15, 1
Trace(tStart = "09:15", tStart < "10:00", tStart > "9:05:30") // expect: 1, 1, 1
tStart..Minute += 50
Trace(TimeToString(tStart)) // expect: 10:05:00:00
sTyped is string = "7:05:30"
tRead is Time = sTyped
Trace(tRead..Hour, tRead..Minute, tRead..Second) // expect: 7, 5, 30
dtDayFirst is DateTime = "05/01/2025 10:30"
Trace(dtDayFirst, DateTimeValid(dtDayFirst)) // expect: 05/01/2025 10:30, 0
Trace(dtDayFirst = "05/01/2025 10:30") // expect: 1
WHEN EXCEPTION IN
	Trace(dtDayFirst..Day)
DO
	Trace(ExceptionInfo()) // expect: '05/01/2025 10:30' is not a valid datetime (DateTimeValid gives False for it).
END
