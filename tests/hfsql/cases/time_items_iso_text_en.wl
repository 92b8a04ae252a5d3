// Time and DateTime items given an ISO text ("10:30", "2025-01-05T10:30:00") hold the
// digits a Time or DateTime variable stores ("10300000", "20250105103000000"), as a Date
// item does ("2025-01-05": "20250105"): they kept the text, and PostgreSQL refused the
// HAdd of the DateTime's 19 characters ("value too long for type character varying(17)")
// where SQLite stored them. Other digits and another text are what a Time or DateTime
// variable makes of them, the text kept whole (time_item_other_text_en.wl), the same on
// both databases. An ISO text compared with such
// an item (FOR EACH ... WHERE, HFilter, a seek) is read the same way: it was compared as
// text, "At < '11:00'" letting 11:15 through. Decided, INFERRED: docs/hfsql.md "Record
// buffer".
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
Visit.Code = "A"
Visit.At = "10:30"
Visit.Stamp = "2025-01-05T10:30:00"
Trace(Visit.At, Visit.Stamp)                        // expect: 10300000, 20250105103000000
Trace(HAdd(Visit))                                  // expect: 1
Trace(Visit.At..Hour, Visit.Stamp..Minute)          // expect: 10, 30
Visit.Code = "B"
Visit.At = "14:05:30.25"
Visit.Stamp = "2025-01-06"
Trace(Visit.At, Visit.Stamp)                        // expect: 14053025, 20250106000000000
Trace(HAdd(Visit))                                  // expect: 1
// digits are a Time's: 103000000 has no thousandth, so 10300000 as a Time variable
Visit.Code = "C"
Visit.At = "103000000"
Visit.Stamp = "20250105103000123"
Trace(HAdd(Visit), Visit.At, Visit.Stamp)           // expect: 1, 10300000, 20250105103000123
// another text: kept whole, as a Time or DateTime variable keeps it
Visit.Code = "D"
Visit.At = "about 10 o'clock"
Visit.Stamp = "05/01/2025 at 10:30"
Trace(Visit.At, Visit.Stamp)                        // expect: about 10 o'clock, 05/01/2025 at 10:30
Trace(HAdd(Visit))                                  // expect: 1
FOR EACH Visit ON Code
	Trace(Visit.Code, Visit.At, Visit.Stamp)
END
// expect: A, 10300000, 20250105103000000
// expect: B, 14053025, 20250106000000000
// expect: C, 10300000, 20250105103000123
// expect: D, about 10 o'clock, 05/01/2025 at 10:30
// compared and sought
FOR EACH Visit WHERE At >= "10:30" AND At < "14:10"
	Trace("where", Visit.Code)
END
// expect: where, A
// expect: where, B
// expect: where, C
HFilter(Visit, "Stamp >= '2025-01-05T12:00' AND At <> ''")
FOR EACH Visit ON Code
	Trace("filter", Visit.Code)
END
// expect: filter, B
HDeactivateFilter(Visit)
Trace(HReadSeekFirst(Visit, Code, "A"), HReadSeekFirst(Visit, Stamp, "2025-01-06"), Visit.Code)  // expect: 1, 1, B
