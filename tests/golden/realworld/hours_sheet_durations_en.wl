// Weekly hours sheet as a class: Durations summed and shown as "37 h 30".
CTimeSheet is Class
	m_sEmployee is string
	m_arrDays is array of STClocking
	m_duContract is Duration
END
STClocking is Structure
	sDay is string
	tIn is Time
	tOut is Time
	duBreak is Duration
END

oSheet is CTimeSheet("Durand", 35 h)
oSheet.Clock("Monday", "0830", "1700", 45 min)
oSheet.Clock("Tuesday", "0845", "1730", 1 h)
oSheet.Clock("Wednesday", "0800", "1215")
oSheet.Clock("Thursday", "0830", "1800", 1 h 15 min)
oSheet.Clock("Friday", "0815", "1830", 45 min)
oSheet.Report()
duWeek is Duration = oSheet.Total()
Trace("In minutes: " + duWeek.InMinutes, "In decimal hours: " + NumToString(duWeek..InHours, ".2f"))
Trace(DurationToString(duWeek, "HH:MM"))
// expect: Employee: Durand (5 days)
// expect: Monday    7 h 45
// expect: Tuesday   7 h 45
// expect: Wednesday 4 h 15
// expect: Thursday  8 h 15
// expect: Friday    9 h 30
// expect: Total: 37 h 30
// expect: Overtime: 2 h 30
// expect: In minutes: 2250, In decimal hours: 37.50
// expect: 37:30

PROCEDURE CTimeSheet::Constructor(sEmployee is string, duContract is Duration)
:m_sEmployee = sEmployee
:m_duContract = duContract

PROCEDURE CTimeSheet::Clock(sDay, sIn, sOut, duBreak is Duration = 0 min)
stC is STClocking
stC.sDay = sDay
stC.tIn = sIn
stC.tOut = sOut
stC.duBreak = duBreak
ArrayAdd(:m_arrDays, stC)

PROCEDURE CTimeSheet::Worked(stC is STClocking) : Duration
RESULT stC.tOut - stC.tIn - stC.duBreak

PROCEDURE CTimeSheet::Total() : Duration
duSum is Duration
FOR EACH stC OF :m_arrDays
	duSum += Worked(stC)
END
RESULT duSum

PROCEDURE CTimeSheet::Report()
Trace("Employee: " + :m_sEmployee + " (" + :m_arrDays..Occurrence + " days)")
FOR EACH stC OF m_arrDays
	Trace(Complete(stC.sDay, 10) + HoursText(Worked(stC)))
END
duTotal is Duration = Total()
Trace("Total: " + HoursText(duTotal))
IF duTotal > :m_duContract THEN
	Trace("Overtime: " + HoursText(duTotal - :m_duContract))
ELSE
	Trace("Missing: " + HoursText(:m_duContract - duTotal))
END

PROCEDURE HoursText(du is Duration) : string
nMinutes is int = du..InMinutes
nHours is int = nMinutes / 60  // an integer keeps the whole part
RESULT StringBuild("%1 h %2", nHours, NumToString(nMinutes modulo 60, "02d"))
