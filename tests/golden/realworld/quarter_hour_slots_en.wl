// 15-minute slots between 08:00 and 12:00, skipping the booked ones
STBooking is structure
	tStart is Time
	duLength is Duration
END
arrBookings is array of STBooking
stB is STBooking
stB.tStart = "08:30" ; stB.duLength = 30 min ; ArrayAdd(arrBookings, stB)
stB.tStart = "10:00" ; stB.duLength = 1 h ; ArrayAdd(arrBookings, stB)
stB.tStart = "11:40" ; stB.duLength = 10 min ; ArrayAdd(arrBookings, stB)
arrFree is array of Times = FreeSlots("8:00", "12:00", 15 min, arrBookings)
Trace(arrFree..Occurrence + " free slots")
sList is string
FOR EACH t OF arrFree
	sList += [", "] + TimeToString(t, "HH:MM")
END
Trace(sList)
Trace(IsFree("09:00", 15 min, arrBookings), IsFree("10:45", 15 min, arrBookings), IsFree("11:30", 15 min, arrBookings))
// expect: 8 free slots
// expect: 08:00, 08:15, 09:00, 09:15, 09:30, 09:45, 11:00, 11:15
// expect: 1, 0, 0

PROCEDURE FreeSlots(tOpen is Time, tClose is Time, duStep is Duration, arrB is array of STBooking)
	arrResult is array of Times
	tSlot is Time = tOpen
	WHILE tSlot + duStep <= tClose
		IF IsFree(tSlot, duStep, arrB) THEN ArrayAdd(arrResult, tSlot)
		tSlot = tSlot + duStep
	END
	RESULT arrResult

PROCEDURE IsFree(tBegin is Time, duStep is Duration, arrB is array of STBooking) : boolean
	tEnd is Time = tBegin + duStep
	FOR EACH stOne OF arrB
		IF tBegin < stOne.tStart + stOne.duLength AND stOne.tStart < tEnd THEN RESULT False
	END
	RESULT True
