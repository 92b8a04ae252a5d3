// The run's stops that the declared types tell before the run (WL110, WL113 in the run's
// words): the difference of two moments, one a DateTime, stored back into a Date or a
// DateTime (by = or -=: a Duration is no moment); a boolean beside a Date, a DateTime or a
// Duration is the number 1 or 0 (`b - dt`, `d * b`); a text variable multiplied or divided
// by a Date, a DateTime or a Duration (a text minus a date reads its date: the run decides).
dDue is Date = "20250301"
dtSent is DateTime = "20250101103000"
dtSeen is DateTime = "20241231103000"
duWait is Duration = 90 min
bLate is boolean = True
sQty is string = "12"
dDue -= dtSent // error: WL110:1 A Duration (dDue - dtSent) cannot be stored into a Date: it is a length of time, not a moment; add it to one (dStart + du)
dtSeen -= dtSent // error: WL110:1 A Duration (dtSeen - dtSent) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du)
dtNext is DateTime = dtSeen - dtSent // error: WL110:1 A Duration (dtSeen - dtSent) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du)
Trace(bLate - dtSent) // error: WL113:15 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
Trace(dDue * bLate) // error: WL113:14 A Date cannot be multiplied by a number (a Date is moved by adding or subtracting a number of days or a Duration)
Trace(sQty * duWait) // error: WL113:14 A text cannot be multiplied by a Duration (a Duration is multiplied or divided by a number: Val gives the number a text writes)
Trace(dtSent / sQty) // error: WL113:16 A DateTime cannot be divided by a text (a DateTime is moved by adding or subtracting a Duration)
dDay is Date = dDue
dDay -= dDue // warning: WL225:1 dDay - dDue, the difference of two Dates, is their number of days, which the Date 'dDay' stores as its digits: a Date naming no day (DateValid gives False)
Trace(dDue - sQty, dtNext, dDay, dtSent - bLate)
