// Business code (method b, no page): a loan's monthly schedule with compound interest
// (Power), each due date at the end of its month, the customer's appointment written on
// a 12-hour clock ("HH:mm AP") and read back, the branch's colour for the printout, and a
// reminder stored into a structure: the places V's decisions of 6 Dec 2026 night touch.
STReminder is Structure
    dDue is Date
    nDayNumber is int
    cInk is Color
END
mCapital is currency = 12000
rYearRate is real = 0.042
nMonths is int = 6
rMonthRate is real = rYearRate / 12
// the annuity: capital * r / (1 - (1 + r) ^ -n)
mInstalment is currency = Round(mCapital * rMonthRate / (1 - Power(1 + rMonthRate, -nMonths)), 2)
Trace(NumToString(mInstalment, "8.2f")) // expect:  2024.57
mOwed is currency = Round(mCapital * Power(1 + rMonthRate, nMonths), 2)
Trace(mOwed, TypeVar(Power(1 + rMonthRate, nMonths)) = wlReal) // expect: 12254.22, 1
dStart is Date = "20261206"
arrDue is array of Date
FOR i = 1 TO 3
    ArrayAdd(arrDue, LastDayOfMonth(dStart + 31 * i - 31))
END
Trace(arrDue[1], arrDue[2], arrDue[3]) // expect: 20261231, 20270131, 20270228
tMeeting is Time = "15:30"
sShown is string = TimeToString(tMeeting, "HH:mm AP")
Trace(sShown, StringToTime(sShown, "HH:mm AP") = tMeeting) // expect: 03:30 PM, 1
stReminder is STReminder
stReminder.dDue = arrDue[2]
stReminder.nDayNumber = DateToInteger(stReminder.dDue)
stReminder.cInk = HSL(210, 60, 40)
Trace(stReminder.dDue, stReminder.nDayNumber > 0, RGBToHTML(stReminder.cInk), stReminder.cInk.Blue) // expect: 20270131, 1, #2966A3, 163
// a mistyped import: an impossible time kept in a Date stops before it is numbered
dImported is Date = "2027-01-31T24:10:00"
WHEN EXCEPTION IN
    stReminder.nDayNumber = dImported
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2027-01-31T24:10:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
END
