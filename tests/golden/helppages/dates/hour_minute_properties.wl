// Help pages of the Hour (?2512038) and Minute (?2512050) properties (French pages
// doc.pcsoft.fr, Heure and Minute): their examples on a variable with the English names,
// and a Trace of what their comments state ("StartTime corresponds to 22:30"...).
StartTime is Time = "1230"
// Add 10 hours
StartTime.Hour += 10   // StartTime corresponds to 22:30
Trace(TimeToString(StartTime, "HH:MM")) // expect: 22:30
StartTime.Hour += 10   // StartTime corresponds to 08:30
Trace(TimeToString(StartTime, "HH:MM")) // expect: 08:30
// Modify the hours
StartTime.Hour = 10
Trace(TimeToString(StartTime, "HH:MM")) // expect: 10:30
StartTime2 is Time = "1230"
// Add 50 minutes
StartTime2.Minute += 50
// StartTime corresponds to 13:20
Trace(TimeToString(StartTime2, "HH:MM")) // expect: 13:20
// Modify the minutes
StartTime2.Minute = 10
Trace(TimeToString(StartTime2, "HH:MM")) // expect: 13:10
