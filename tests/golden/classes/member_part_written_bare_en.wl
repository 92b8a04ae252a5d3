// In a method, a part of a Date, Time, DateTime or Duration member named bare is
// written as through `:` (`m_dNext..Month += 1` stopped with "A value of type string
// has no member 'Month'"; `:m_dNext..Month += 1` was right)
oContract is CContract
oContract.Schedule(3)

CContract is Class
	m_dNext is Date = "20250115"
	m_tCall is Time = "0800"
	m_duLength is Duration = 1 h
	m_dtMeeting is DateTime = "20250301120000"
END

PROCEDURE CContract::Schedule(nTimes is int)
FOR i = 1 TO nTimes
	Trace(m_dNext)
	m_dNext..Month += 1
END
// expect: 20250115
// expect: 20250215
// expect: 20250315
m_dNext..Day = 10
m_dNext..Day++
m_tCall..Minute += 45
m_duLength..InMinutes = 90
m_dtMeeting..Hour = 8
Trace(m_dNext, :m_dNext, m_tCall, m_duLength, m_dtMeeting) // expect: 20250411, 20250411, 08450000, 1 h 30 min, 20250301080000000
