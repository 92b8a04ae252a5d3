// An integer written where a time or a date text is expected is read as its digits, as
// the run reads it: TimeToString(930) is "930", no time, and the run stops there; the
// check said nothing (docs/builtins.md "TimeToString accepts ..."). Digits that make a
// time or a date pass.
Trace(TimeToString(930)) // error: WL115:7 TimeToString: '930' is not a valid time (expected HHMMSSCC)
Trace(TimeToString(123000))
Trace(DateToString(20261206))
Trace(DateToString(2026)) // error: WL115:7 DateToString: '2026' is not a valid date (expected YYYYMMDD)
Trace(TimeToInteger(93000)) // error: WL115:7 TimeToInteger: '93000' is not a valid time (expected HHMMSSCC)
