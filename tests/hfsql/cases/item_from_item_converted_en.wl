// A value given to an item is converted as a variable of the item's type converts it,
// whatever holds the value: another item (Visit.Amount = Visit.At), a member of a
// `Record of File` variable, a structure's member. A Time is its hundredths of a second
// in a number: a Time item into a currency item was its digits HHMMSSCC (10300000 for
// 10:30, where a currency variable given the Time holds 3780000). Numbers and Booleans
// into Time and DateTime items follow one rule, the variables' (runtime/types.py
// coerce): 1745 into a DateTime is its digits read as a date (year 1745, as the text
// "1745" is), True into a Time its number 1, one hundredth (it was 01:00, where a Time
// variable held the text "1"). Decided, INFERRED: docs/hfsql.md "Record buffer".
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
itm..Name = "Amount"
itm..Type = hItemCurrency
HDescribeItem(fd, itm)
itm..Name = "N"
itm..Type = hItemInt
HDescribeItem(fd, itm)
HDescribeFile(fd)
HCreation(Visit)
// item to item: as a variable of the target's type given the source item
Visit.Code = "A"
Visit.At = "10:30"
Visit.Amount = Visit.At
Visit.N = Visit.At
Visit.Stamp = Visit.At
mAmount is currency = Visit.At
Trace(Visit.Amount, Visit.N, mAmount)                  // expect: 3780000, 3780000, 3780000
Trace(Right(Visit.Stamp, 9))                           // expect: 103000000
Trace(HAdd(Visit))                                     // expect: 1
// a Record of File member, a structure's member
r is Record of Visit
r.At = "08:15"
Visit.Code = "B"
Visit.Amount = r.At
mRec is currency = r.At
Trace(Visit.Amount, mRec)                              // expect: 2970000, 2970000
STSlot is Structure
	tStart is Time
END
stSlot is STSlot
stSlot.tStart = "00:01"
Visit.N = stSlot.tStart
Visit.Amount = stSlot.tStart
Trace(Visit.N, Visit.Amount)                           // expect: 6000, 6000
// numbers and Booleans: the item and the variable hold the same
dtNum is DateTime = 20250108
Visit.Stamp = 20250108
Trace(dtNum, Visit.Stamp)                              // expect: 20250108000000000, 20250108000000000
dtYear is DateTime = 1745
Visit.Stamp = 1745
Trace(dtYear, Visit.Stamp, dtYear = Visit.Stamp)       // expect: 17450000000000000, 17450000000000000, 1
tTrue is Time = True
Visit.At = True
Trace(tTrue, Visit.At)                                 // expect: 00000001, 00000001
dtTrue is DateTime = True
Visit.Stamp = True
Trace(dtTrue = Visit.Stamp)                            // expect: 1
Visit.At = False
Visit.Stamp = 20250108
Trace(Visit.At, HAdd(Visit))                           // expect: 00000000, 1
// sought by the variable given the same number
HReset(Visit)
Trace(HReadSeekFirst(Visit, Stamp, dtNum), Visit.Code, Visit.Amount)   // expect: 1, B, 6000
FOR EACH Visit WHERE Amount = 3780000
	Trace("where", Visit.Code, Visit.At..Hour)          // expect: where, A, 10
END
