// A declared Date, Time or DateTime variable given to a Date, Time or DateTime item is
// stored as into a variable of the item's type, as a Variant holding it is: a Time into a
// DateTime item is that time today (its bare digits were read as a date: year 0945), a
// Date into a Time item midnight (its digits were read as a time, 20:25:01.07), a
// DateTime into a Date item its date and into a Time item its time; a Time into an
// integer item its hundredths since midnight. The same on SQLite and PostgreSQL.
// Decided, INFERRED: docs/hfsql.md "Record buffer".
fd is File Description
itm is Item Description
fd..Name = "Call"
itm..Name = "Code"
itm..Type = hItemText
itm..Size = 10
itm..KeyType = hUniqueKey
HDescribeItem(fd, itm)
itm..KeyType = hNotAKey
itm..Name = "Day"
itm..Type = hItemDate
HDescribeItem(fd, itm)
itm..Name = "At"
itm..Type = hItemTime
HDescribeItem(fd, itm)
itm..Name = "Stamp"
itm..Type = hItemDateTime
HDescribeItem(fd, itm)
itm..Name = "Hundredths"
itm..Type = hItemInt
HDescribeItem(fd, itm)
HDescribeFile(fd)
HCreation(Call)
t is Time = "0945"
d is Date = "20250107"
dt is DateTime = "20250105103000000"
// a Time: into a DateTime item that time today, as a DateTime variable takes it
Call.Code = "T"
Call.Stamp = t
dtFromTime is DateTime = t
Trace(Call.Stamp = dtFromTime, Left(Call.Stamp, 8) = DateToString(Today(), "YYYYMMDD"), Right(Call.Stamp, 9))   // expect: 1, 1, 094500000
Call.At = t
Call.Day = t
Call.Hundredths = t
iFromTime is int = t
Trace(Call.At, Call.Day, Call.Hundredths, iFromTime)   // expect: 09450000, 09450000, 3510000, 3510000
Trace(HAdd(Call))                                     // expect: 1
// a Date: into a Time item midnight, into a DateTime item that day at midnight
Call.Code = "D"
Call.At = d
hFromDate is Time = d
Call.Stamp = d
dtFromDate is DateTime = d
Call.Day = d
Trace(Call.At, hFromDate, Call.Stamp, dtFromDate, Call.Day)   // expect: 00000000, 00000000, 20250107000000000, 20250107000000000, 20250107
Trace(HAdd(Call))                                     // expect: 1
// a DateTime: into a Date item its date, into a Time item its time
Call.Code = "DT"
Call.Day = dt
dFromDateTime is Date = dt
Call.At = dt
hFromDateTime is Time = dt
Call.Stamp = dt
Trace(Call.Day, dFromDateTime, Call.At, hFromDateTime, Call.Stamp)   // expect: 20250105, 20250105, 10300000, 10300000, 20250105103000000
Trace(HAdd(Call))                                     // expect: 1
// a second write takes the buffer's inline path: converted the same
Call.Stamp = t
Trace(Right(Call.Stamp, 9))                           // expect: 094500000
// read back as written
Trace(HReadSeekFirst(Call, Code, "T"), Call.Stamp = dtFromTime, Call.Hundredths)   // expect: 1, 1, 3510000
Trace(HReadSeekFirst(Call, Code, "D"), Call.At, Call.Stamp)   // expect: 1, 00000000, 20250107000000000
Trace(HReadSeekFirst(Call, Code, "DT"), Call.Day, Call.At)    // expect: 1, 20250105, 10300000
