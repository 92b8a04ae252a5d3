// A number minus a DateTime, by `-` or `-=`: WL113 in the run's words, at the DateTime
// (the run stops there; check was silent on `-=`). A DateTime minus a number, a number
// plus a DateTime, a number minus a Date or a Duration compute (docs/semantics.md "A
// number minus a DateTime").
dtOrder is DateTime = "20251207103000000"
dOrder is Date = "20251207"
duWait is Duration = 90 min
nDays is int = 5
rRate is real = 2.5
nDays -= dtOrder // error: WL113:10 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
Trace(rRate - dtOrder) // error: WL113:15 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
Trace(5 - dtOrder) // error: WL113:11 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
duWait -= dOrder // error: WL113:11 A Date cannot be subtracted from a Duration (a Duration can be subtracted from a Date)
dtOrder -= nDays
dtOrder -= duWait
nDays -= dOrder
nDays -= duWait
Trace(dtOrder - 1, nDays)
