// Scheduling: meeting-room bookings refused on overlap (DateTime + Duration), a sorted
// agenda with day-name masks, booked time per room in an associative array of Durations,
// a maintenance plan every 45 days moved off weekends (DateToDay, WeekNumber), opening
// hours (Time - Time, Duration literals, Duration * n) and the age of a ticket.
STBooking is Structure
	sRoom is string
	sWho is string
	dhStart is DateTime
	duLength is Duration
END

arrBookings is array of STBooking

AddBooking("Rhine", "Ann", "20261207090000", "0130")
AddBooking("Rhine", "Bob", "20261207103000")
AddBooking("Rhine", "Carl", "20261207100000", "0045")
IF ErrorOccurred THEN Trace(ErrorInfo(errMessage))
// expect: Rhine: Carl overlaps Ann's booking (09:00-10:30)
AddBooking("Loire", "Dana", "20261207100000", "0200")
AddBooking("Rhine", "Eve", "20261208173000", "0045")

ArraySort(arrBookings, asMember, "+dhStart;+sRoom")
FOR EACH b OF arrBookings
	dhEnd is DateTime = b.dhStart + b.duLength
	Trace(DateToString(b.dhStart, "DDD DD/MM") + " " + TimeToString(b.dhStart, "HH:MM") + "-" + ...
		TimeToString(dhEnd, "HH:MM") + " " + b.sRoom + " " + b.sWho + " (" + b.duLength..InMinutes + " min)")
END
// expect: Mon 07/12 09:00-10:30 Rhine Ann (90 min)
// expect: Mon 07/12 10:00-12:00 Loire Dana (120 min)
// expect: Mon 07/12 10:30-11:30 Rhine Bob (60 min)
// expect: Tue 08/12 17:30-18:15 Rhine Eve (45 min)

// total booked time per room
aaTime is associative array of Duration
FOR EACH b OF arrBookings
	aaTime[b.sRoom] += b.duLength
END
FOR EACH duT, sRoom OF aaTime
	Trace(sRoom + ": " + duT..Hour + " h " + duT..Minute + " min")
END
// expect: Rhine: 3 h 15 min
// expect: Loire: 2 h 0 min

// the maintenance plan: every 45 days from the 1st of February, moved to the next Monday
// when it falls on a weekend
dNext is Date = "20260201"
FOR i = 1 TO 4
	dPlan is Date = dNext
	SWITCH DateToDay(dPlan)
		CASE 6 : dPlan..Day += 2
		CASE 7 : dPlan..Day += 1
	END
	Trace(DateToString(dPlan, "DDDD DD MMMM YYYY") + " (week " + WeekNumber(dPlan) + ")")
	dNext..Day += 45
END
// expect: Monday 02 February 2026 (week 6)
// expect: Wednesday 18 March 2026 (week 12)
// expect: Monday 04 May 2026 (week 19)
// expect: Tuesday 16 June 2026 (week 25)

// opening hours over a week: 08:30 to 17:15 with 45 minutes for lunch
tOpen is Time = "0830"
tClose is Time = "1715"
duDay is Duration = tClose - tOpen
duDay -= 45 min
Trace("Daily: " + DurationToString(duDay, "HH:MM")) // expect: Daily: 08:00
duWeek is Duration = duDay * 5
Trace("Weekly: " + duWeek..InHours + " h") // expect: Weekly: 40 h
Trace("Weekly: " + DurationToString(duWeek, "HH:MM")) // expect: Weekly: 40:00

// age of an open ticket
dhOpened is DateTime = "20261130142500"
dhNow is DateTime = "20261203091000"
duAge is Duration = dhNow - dhOpened
Trace(StringBuild("open for %1 d %2 h %3 min", duAge..Day, duAge..Hour, duAge..Minute)) // expect: open for 2 d 18 h 45 min
Trace("in hours: " + Round(duAge..InHours, 2)) // expect: in hours: 66.75
IF duAge > 48 h THEN Trace("escalate") // expect: escalate

PROCEDURE AddBooking(sRoom is string, sWho is string, sStart is string, sLength is string = "0100")
st is STBooking
st.sRoom = sRoom
st.sWho = sWho
st.dhStart = sStart
st.duLength = sLength
// refuse an overlap in the same room
FOR EACH b OF arrBookings
	IF b.sRoom <> sRoom THEN CONTINUE
	dhTakenEnd is DateTime = b.dhStart + b.duLength
	dhNewEnd is DateTime = st.dhStart + st.duLength
	IF st.dhStart < dhTakenEnd AND b.dhStart < dhNewEnd THEN
		ErrorThrow(1, StringBuild("%1: %2 overlaps %3's booking (%4-%5)", sRoom, sWho, b.sWho, ...
			TimeToString(b.dhStart, "HH:MM"), TimeToString(dhTakenEnd, "HH:MM")))
		RESULT False
	END
END
ArrayAdd(arrBookings, st)
RESULT True

