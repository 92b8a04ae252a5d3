// subtracting a Time from a Date or a DateTime (or the reverse), or anything dated from a
// Duration: WL113 with the words of the run's error (docs/semantics.md)
dDue is Date = "20261203"
hSlot is Time = "1030"
dtNow is DateTime = "20261203120000"
duPause is Duration = 15 min
duLate is Duration = dtNow - dDue
duSpan is Duration = hSlot - hSlot
dBack is Date = dDue - duPause
Trace(dDue - hSlot) // error: WL113:14 A Time cannot be subtracted from a Date: a Time has no date (subtract a Duration, or make both DateTimes)
Trace(hSlot - dtNow) // error: WL113:15 A DateTime cannot be subtracted from a Time: a Time has no date (subtract a Duration, or make both DateTimes)
Trace(duPause - dDue) // error: WL113:17 A Date cannot be subtracted from a Duration (a Duration can be subtracted from a Date)
Trace(duLate, duSpan, dBack)
