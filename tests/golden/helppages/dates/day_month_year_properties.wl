// Help pages of the Day (help.windev.com ?2512043), Month (?2512052), Year (?2512095) and
// Second (?2512081) properties: their examples on a variable, as the English pages write
// them, with a Trace of what their comments describe; the lines on a data file item
// (Work.StartDate) need an analysis and are left out.
// Example on a variable
StartDate is Date = "20011225"
// Add 5 days to the date
StartDate.Day += 5
Trace(StartDate) // expect: 20011230
// Modify the days
StartDate.Day = 10
Trace(StartDate) // expect: 20011210
StartDate2 is Date = "20011212"
// Add 1 month to the date
StartDate2.Month++
Trace(StartDate2) // expect: 20020112
StartDate2.Month = 5
Trace(StartDate2) // expect: 20020512
StartDate3 is Date = "20231212"
StartDate3.Year++
Trace(StartDate3) // expect: 20241212
StartDate3.Year = 2023
Trace(StartDate3) // expect: 20231212
// Handling a DateTime variable
StartTime is DateTime = "200112311230250"
// Add 50 seconds
StartTime.Second += 50
Trace(StartTime) // expect: 20011231123115000
StartTime.Second = 50
Trace(StartTime) // expect: 20011231123150000
