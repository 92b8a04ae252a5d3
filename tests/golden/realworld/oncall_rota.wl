// On-call rota: weekly shifts handed over at 08:00 (DateTime + Duration), call-outs
// logged with their start and end, response times in minutes, call-outs outside the
// shift of the person who took them, time paid per engineer (an associative array of
// Durations), nights counted by quarter-hours across midnight
STShift is Structure
	sEngineer is string
	dtStart is DateTime
	dtEnd is DateTime
END
STCallOut is Structure
	sEngineer is string
	dtAlert is DateTime
	dtOnSite is DateTime
	dtDone is DateTime
END
arrShifts is array of STShift
arrNames is array of strings = ["Ravi", "Jo", "Mei"]
dtHandover is DateTime = "20261130080000"
FOR i = 1 _TO_ arrNames.Count
	st is STShift
	st.sEngineer = arrNames[i]
	st.dtStart = dtHandover
	dtHandover = dtHandover + 7 d
	st.dtEnd = dtHandover
	arrShifts.Add(st)
END
FOR EACH st OF arrShifts
	Trace(StringBuild("%1: %2 to %3 (week %4)", st.sEngineer, DateTimeToString(st.dtStart, "DDD DD/MM HH:mm"), ...
		DateTimeToString(st.dtEnd, "DDD DD/MM HH:mm"), WeekNumber(st.dtStart..Date)))
END
// expect: Ravi: Mon 30/11 08:00 to Mon 07/12 08:00 (week 49)
// expect: Jo: Mon 07/12 08:00 to Mon 14/12 08:00 (week 50)
// expect: Mei: Mon 14/12 08:00 to Mon 21/12 08:00 (week 51)

arrCalls is array of STCallOut
PROCEDURE INTERNAL Logged(sWho is string, sAlert is string, nToSite is int, nWork is int)
	c is STCallOut
	c.sEngineer = sWho
	c.dtAlert = sAlert
	c.dtOnSite = c.dtAlert
	c.dtOnSite..Minute += nToSite
	c.dtDone = c.dtOnSite
	c.dtDone..Minute += nWork
	arrCalls.Add(c)
END
Logged("Ravi", "20261202231000", 35, 95)
Logged("Ravi", "20261207074500", 20, 30)
Logged("Jo", "20261207075000", 50, 40)
Logged("Mei", "20261219120000", 15, 180)

aaPaid is associative array of Durations
FOR EACH c OF arrCalls
	duResponse is Duration = c.dtOnSite - c.dtAlert
	duWork is Duration = c.dtDone - c.dtOnSite
	sNote is string = ""
	FOR EACH st OF arrShifts
		IF st.sEngineer = c.sEngineer AND (c.dtAlert < st.dtStart OR c.dtAlert >= st.dtEnd) THEN
			sNote = " (outside their shift)"
		END
	END
	Trace(StringBuild("%1 %2: on site after %3 min, %4 on site%5", c.sEngineer, ...
		DateTimeToString(c.dtAlert, "DD/MM HH:mm"), duResponse..InMinutes, ...
		DurationToString(duWork, "HH:MM"), sNote))
	aaPaid[c.sEngineer] += c.dtDone - c.dtAlert
END
// expect: Ravi 02/12 23:10: on site after 35 min, 01:35 on site
// expect: Ravi 07/12 07:45: on site after 20 min, 00:30 on site
// expect: Jo 07/12 07:50: on site after 50 min, 00:40 on site (outside their shift)
// expect: Mei 19/12 12:00: on site after 15 min, 03:00 on site
FOR EACH du, sWho OF aaPaid
	Trace(sWho + " paid " + du..InHours + " h")
END
// expect: Ravi paid 3 h
// expect: Jo paid 1.5 h
// expect: Mei paid 3.25 h

// night minutes (22:00 to 06:00) of the first call-out, a quarter-hour at a time
c is STCallOut = arrCalls[1]
dt is DateTime = c.dtAlert
nNight is int
WHILE dt < c.dtDone
	IF dt..Hour >= 22 OR dt..Hour < 6 THEN nNight += 15
	dt..Minute += 15
END
Trace("night minutes: " + nNight + ", ends " + DateTimeToString(c.dtDone, "DD/MM HH:mm")) // expect: night minutes: 135, ends 03/12 01:20
