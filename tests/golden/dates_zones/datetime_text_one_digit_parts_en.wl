// A text whose first part is the year, its other parts written with one digit where
// they have one (as NumToString writes a month or an hour): each part is completed to
// two digits. "2025/1/5 9:3" ran its digits together, "20251593000000000", a month 15
// that every message then named (decided with docs/semantics.md "A text into a
// DateTime or a Time": the year first gives the date and time it writes).
nYear is int = 2025
nMonth is int = 1
nDay is int = 5
dtBuilt is DateTime = NumToString(nYear) + "/" + NumToString(nMonth) + "/" + NumToString(nDay) + " 9:3"
Trace(dtBuilt) // expect: 20250105090300000
Trace(dtBuilt..Month, dtBuilt..Day, dtBuilt..Hour, dtBuilt..Minute, DateTimeValid(dtBuilt)) // expect: 1, 5, 9, 3, 1
dtDash is DateTime = "2025-1-5 14:7:9"
Trace(dtDash..Month, dtDash..Day, dtDash..Hour, dtDash..Minute, dtDash..Second) // expect: 1, 5, 14, 7, 9
dtDate is DateTime = "2025/12/3"
Trace(dtDate) // expect: 20251203000000000
dtTwo is DateTime = "2025/01/05 10:30"
Trace(dtTwo = "2025/1/5 10:30") // expect: 1
