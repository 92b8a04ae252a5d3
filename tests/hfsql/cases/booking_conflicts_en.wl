// (method b) A room booking conflict check on date ranges, as a WINDEV developer writes
// it: HFilter with a composite condition (same room AND start before the end asked AND
// end after the start asked), HReadFirst then HOut; the booking is added only when
// nothing overlaps. The dates are Date items compared with their YYYYMMDD digits.
// French twin: reservations_conflit_fr.wl.
gsReason is string
DescribeBooking()
HCreationIfNotFound(Booking)
Trace(Book("Room A", "20250106", "20250110", "Dupont"))        // expect: 1
Trace(Book("Room A", "20250108", "20250112", "Martin"))        // expect: 0
Trace(gsReason)                                                 // expect: Room A already taken from 01/06/2025 to 01/10/2025 by Dupont
// a booking's end is the next one's start: no overlap
Trace(Book("Room A", "20250110", "20250114", "Martin"))        // expect: 1
Trace(Book("Room B", "20250107", "20250109", "Durand"))        // expect: 1
Trace(Book("room a", "20250101", "20250131", "Bernard"))       // expect: 0
Trace(gsReason)                                                 // expect: Room A already taken from 01/06/2025 to 01/10/2025 by Dupont
Trace(Book("Room B", "20250109", "20250107", "Petit"))         // expect: 0
Trace(gsReason)                                                 // expect: dates the wrong way round
nCount is int
FOR EACH Booking ON Room
	nCount++
END
Trace(nCount, HNbRec(Booking))                                  // expect: 3, 3

PROCEDURE Book(LOCAL sRoom is string, LOCAL dStart is Date, LOCAL dEnd is Date, LOCAL sCustomer is string) : boolean
gsReason = ""
IF dEnd <= dStart THEN
	gsReason = "dates the wrong way round"
	RESULT False
END
sCondition is string = StringBuild("Room = '%1' AND StartDate < '%2' AND EndDate > '%3'", sRoom, dEnd, dStart)
HFilter(Booking, sCondition)
HReadFirst(Booking)
IF NOT HOut(Booking) THEN
	gsReason = StringBuild("%1 already taken from %2 to %3 by %4", Booking.Room, DateToString(Booking.StartDate, "MM/DD/YYYY"), DateToString(Booking.EndDate, "MM/DD/YYYY"), Booking.Customer)
	HDeactivateFilter(Booking)
	RESULT False
END
HDeactivateFilter(Booking)
HReset(Booking)
Booking.Room = sRoom
Booking.StartDate = dStart
Booking.EndDate = dEnd
Booking.Customer = sCustomer
RESULT HAdd(Booking)

PROCEDURE DescribeBooking()
fd is File Description
itm is Item Description
fd..Name = "Booking"
itm..Name = "Room"
itm..Type = hItemText
itm..Size = 30
itm..KeyType = hDuplicatesKey
HDescribeItem(fd, itm)
itm..Name = "StartDate"
itm..Type = hItemDate
HDescribeItem(fd, itm)
itm..Name = "EndDate"
itm..Type = hItemDate
itm..KeyType = hNotAKey
HDescribeItem(fd, itm)
itm..Name = "Customer"
itm..Type = hItemText
itm..Size = 40
HDescribeItem(fd, itm)
HDescribeFile(fd)
