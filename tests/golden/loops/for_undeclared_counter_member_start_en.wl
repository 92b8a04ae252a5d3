// An undeclared FOR counter whose start is a Date member or element takes its type, as
// one starting at a Date variable does (docs/semantics.md FOR): it was an 8-byte int, the
// run stopped ("the counter 'd' is an integer: it cannot count from a Date", wl check
// WL110 too) or, in a method, never ended
STStay is Structure
	dArrival is Date
END
stStay is STStay
stStay.dArrival = "20250227"
FOR dNight = stStay.dArrival TO stStay.dArrival + 2
	Trace(dNight)
END
// expect: 20250227
// expect: 20250228
// expect: 20250301
arrDays is array of Dates = ["20250303", "20250305"]
nCount is int
FOR dDay = arrDays[1] TO arrDays[2]
	nCount++
END
Trace(nCount) // expect: 3
oMonth is CMonth
Trace(oMonth.WorkingDays()) // expect: 20

CMonth is Class
	m_dFirst is Date = "20250201"
END

PROCEDURE CMonth::WorkingDays()
n is int
FOR d = m_dFirst TO LastDayOfMonth(m_dFirst)
	IF DateToWeekDay(d) <= 5 THEN n++
END
FOR d2 = :m_dFirst TO :m_dFirst + 1
	n += 0
END
RESULT n
