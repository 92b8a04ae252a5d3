// A time written as a text to a time function in another form than "HHMM[SS[CC]]" or
// the "09:30" a Time variable takes (a user's "9h30", an hour past 23): the run stops at
// the call with the function's words, so the check says them there first (WL115), as
// for the dates (date_texts_to_date_functions.wl). "09:30" is read as a Time reads it.
tStart is Time = "09:30"
Trace(TimeToString("9h30")) // error: WL115:7 TimeToString: '9h30' is not a valid time (expected HHMMSSCC)
Trace(TimeToInteger("25:00")) // error: WL115:7 TimeToInteger: '25:00' is not a valid time (expected HHMMSSCC)
Trace(TimeDifference("0800", "17h30")) // error: WL115:7 TimeDifference: '17h30' is not a valid time (expected HHMMSSCC)
Trace(TimeDifference("08:00", "17:30"), TimeToString("09:30"))
Trace(FirstDayOfWeek("06/12/2026")) // error: WL115:7 FirstDayOfWeek: '06/12/2026' is not a valid date (expected YYYYMMDD)
Trace(lastDayOfWeek("06-12-2026")) // error: WL115:7 LastDayOfWeek: '06-12-2026' is not a valid date (expected YYYYMMDD)
Trace(TimeToString("0930"), TimeToInteger("093000"), TimeDifference("0800", "1730"), TimeToString(""))
Trace(TimeToString(tStart), FirstDayOfWeek("20261206"), LastDayOfWeek())
