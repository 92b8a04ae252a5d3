// Time and DateTime items given a text or digits are converted as a Time or DateTime
// variable converts them, and a text neither reads is kept whole, as the variable keeps
// it: "05/01/2025 at 10:30" was cut to the DateTime item's 17 characters, "05/01/2025 at
// 10:", and "about ten o'clock" to the Time item's 9, the end lost for good, silently.
// The same on SQLite and PostgreSQL (a Time or DateTime item's PostgreSQL column is a
// varchar without a size). Decided, INFERRED: docs/hfsql.md "Record buffer".
fd is File Description
itm is Item Description
fd..Name = "Visit"
itm..Name = "Code"
itm..Type = hItemText
itm..Size = 10
itm..KeyType = hUniqueKey
HDescribeItem(fd, itm)
itm..Name = "At"
itm..Type = hItemTime
itm..KeyType = hNotAKey
HDescribeItem(fd, itm)
itm..Name = "Stamp"
itm..Type = hItemDateTime
HDescribeItem(fd, itm)
HDescribeFile(fd)
HCreation(Visit)
// a text neither variable reads: kept whole, in the buffer and in the database
Visit.Code = "A"
Visit.At = "about ten o'clock"
Visit.Stamp = "05/01/2025 at 10:30"
Trace(Visit.At, Visit.Stamp)                          // expect: about ten o'clock, 05/01/2025 at 10:30
Trace(HAdd(Visit))                                    // expect: 1
Trace(Length(Visit.At), Length(Visit.Stamp))          // expect: 17, 19
// the forms a Time or DateTime variable reads
Visit.Code = "B"
Visit.At = "1030"
Visit.Stamp = "20250105"
Trace(Visit.At, Visit.Stamp)                          // expect: 10300000, 20250105000000000
Trace(Visit.At..Hour, Visit.At..Minute, Visit.Stamp..Day)   // expect: 10, 30, 5
Trace(HAdd(Visit))                                    // expect: 1
Visit.Code = "C"
Visit.At = "1745"
Visit.Stamp = "2025/01/06 17:45"
Trace(Visit.At, Visit.Stamp)                          // expect: 17450000, 20250106174500000
Trace(HAdd(Visit))                                    // expect: 1
// read back as it was written
FOR EACH Visit ON Code
	Trace(Visit.Code, Visit.At, Visit.Stamp)
END
// expect: A, about ten o'clock, 05/01/2025 at 10:30
// expect: B, 10300000, 20250105000000000
// expect: C, 17450000, 20250106174500000
// a Time held by a Variant into a DateTime item: that time today; a Date into a Time: midnight
tTen is Time = "10:30"
vTime is Variant = tTen
Visit.Stamp = vTime
Trace(Left(Visit.Stamp, 8) = DateToString(Today(), "YYYYMMDD"), Right(Visit.Stamp, 9))   // expect: 1, 103000000
dDay is Date = "20250107"
vDay is Variant = dDay
Visit.At = vDay
Trace(Visit.At)                                       // expect: 00000000
// sought and compared as a Time variable reads them (searches on a Time item are exact)
t is Time = "10:30"
Trace(HReadSeekFirst(Visit, At, "1030"), Visit.Code, Visit.At = t)   // expect: 1, B, 1
FOR EACH Visit WHERE At = "1745"
	Trace("where", Visit.Code)                        // expect: where, C
END
// found by the text it was given, then converted by a later pass
Trace(HReadSeekFirst(Visit, Code, "A"), Visit.Stamp)  // expect: 1, 05/01/2025 at 10:30
Visit.At = "10:00"
Visit.Stamp = "2025-01-05T10:30"
Trace(HModify(Visit), Visit.At, Visit.Stamp)          // expect: 1, 10000000, 20250105103000000
HReadSeekFirst(Visit, Code, "A")
Trace(Visit.At..Hour, Visit.Stamp..Year)              // expect: 10, 2025
// an integer is what a Time variable makes of it, hundredths of a second since midnight:
// 1745 is 00:00:17.45, so the record is found by a Time variable given 1745 (it was read
// as the digits HHMM, 17450000, which that variable missed); a DateTime item given an
// integer reads its digits as a DateTime variable given it is read (20250108: midnight)
tInt is Time = 1745
dtInt is DateTime = 20250108
Visit.Code = "E"
Visit.At = 1745
Visit.Stamp = 20250108
Trace(tInt, Visit.At, Visit.Stamp)                   // expect: 00001745, 00001745, 20250108000000000
Trace(HAdd(Visit))                                    // expect: 1
HReset(Visit)
Trace(HReadSeekFirst(Visit, At, tInt), Visit.Code)    // expect: 1, E
HReset(Visit)
Trace(HReadSeekFirst(Visit, Stamp, dtInt), Visit.Code)   // expect: 1, E
FOR EACH Visit WHERE At = tInt
	Trace("where", Visit.Code)                        // expect: where, E
END
