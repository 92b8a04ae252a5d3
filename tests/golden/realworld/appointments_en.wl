// A clinic's appointment book: opening hours per weekday in an associative array,
// 20-minute slots built with DateTime and Duration arithmetic, the bookings in a data file
// described in code (a DateTime item), the free slots of the next three days worked out
// around them, a no-show report with durations, and the free slots sent as JSON.
fdBook is File Description
itm is Item Description
fdBook..Name = "Booking"
itm..Name = "BookingID" ; itm..Type = hItemAutoID ; itm..KeyType = hUniqueKey
HDescribeItem(fdBook, itm)
itm..Name = "StartsAt" ; itm..Type = hItemDateTime ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdBook, itm)
itm..Name = "Patient" ; itm..Type = hItemText ; itm..Size = 30 ; itm..KeyType = hNotAKey
HDescribeItem(fdBook, itm)
itm..Name = "Minutes" ; itm..Type = hItemInt ; itm..KeyType = hNotAKey
HDescribeItem(fdBook, itm)
itm..Name = "Arrived" ; itm..Type = hItemBoolean ; itm..KeyType = hNotAKey
HDescribeItem(fdBook, itm)
HDescribeFile(fdBook)
HCreation(Booking)

// opening hours: "from-to" morning and afternoon, by day of the week (1 is Monday)
aaHours is associative array of strings
aaHours[1] = "0830-1200,1400-1730"
aaHours[2] = "0830-1200"
aaHours[3] = "0830-1200,1400-1730"
aaHours[6] = "0900-1100"

sBookings is string = [
	20251208 0830|Ms Adams|20|1
	20251208 0850|Mr Baker|40|0
	20251208 1400|Ms Clark|20|1
	20251209 0830|Mr Davis|60|1
	20251209 1100|Ms Evans|60|0
	20251210 1700|Mr Ford|20|1
]
FOR EACH STRING sRow OF sBookings SEPARATED BY CR
	Booking.StartsAt = Replace(ExtractString(sRow, 1, "|"), " ", "") + "00"
	Booking.Patient = ExtractString(sRow, 2, "|")
	Booking.Minutes = Val(ExtractString(sRow, 3, "|"))
	Booking.Arrived = (ExtractString(sRow, 4, "|") = "1")
	HAdd(Booking)
END
Trace(HNbRec(Booking) + " bookings") // expect: 6 bookings

SLOT is Duration = 20 min
dFirst is Date = "20251207"
jFree is JSON
jFree.slots = []
FOR nDay = 0 TO 3
	d is Date = dFirst
	d..Day += nDay
	IF NOT aaHours[DateToDay(d)]..Exist THEN
		Trace(DateToString(d, "DD/MM") + ": closed")
		CONTINUE
	END
	nFree is int = 0
	sFirstFree is string = ""
	FOR EACH STRING sRange OF aaHours[DateToDay(d)] SEPARATED BY ","
		dtSlot is DateTime = DateToString(d, "YYYYMMDD") + Left(sRange, 4) + "00"
		dtClose is DateTime = DateToString(d, "YYYYMMDD") + Right(sRange, 4) + "00"
		WHILE dtSlot + SLOT <= dtClose
			IF SlotIsFree(dtSlot, SLOT) THEN
				nFree++
				IF sFirstFree = "" THEN sFirstFree = TimeToString(dtSlot..Time, "HH:MM")
				jFree.slots[jFree.slots..Count + 1] = DateTimeToString(dtSlot, "YYYY-MM-DD HH:MM")
			END
			dtSlot += SLOT
		END
	END
	Trace(DateToString(d, "DD/MM") + ": " + nFree + " free slot(s), the first at " + sFirstFree)
END
// expect: 07/12: closed
// expect: 08/12: 16 free slot(s), the first at 09:30
// expect: 09/12: 4 free slot(s), the first at 09:30
// expect: 10/12: 19 free slot(s), the first at 08:30
Trace(jFree.slots..Count + " slots, the last " + jFree.slots[jFree.slots..Count])
// expect: 39 slots, the last 2025-12-10 16:40

// the week's no-shows and the time they cost
duLost is Duration
FOR EACH Booking WHERE Arrived = False
	duLost += Booking.Minutes * 60 * 1000
	Trace(Booking.Patient + " missed " + DateTimeToString(Booking.StartsAt, "DD/MM HH:MM"))
END
Trace("time lost: " + duLost..InMinutes + " min (" + DurationToString(duLost, "HH:MM") + ")")
// expect: Mr Baker missed 08/12 08:50
// expect: Ms Evans missed 09/12 11:00
// expect: time lost: 100 min (01:40)

// is [dtStart, dtStart + du) free of every booking of its day?
PROCEDURE SlotIsFree(dtStart is DateTime, du is Duration) : boolean
	dtEnd is DateTime = dtStart + du
	FOR EACH Booking
		dtBookStart is DateTime = Booking.StartsAt
		dtBookEnd is DateTime = dtBookStart
		dtBookEnd..Minute += Booking.Minutes
		IF dtBookStart < dtEnd AND dtStart < dtBookEnd THEN RESULT False
	END
	RESULT True
