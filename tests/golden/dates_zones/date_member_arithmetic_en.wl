// A Date member plus a number of days is a Date, wherever it is read: inside a loop
// (where the loop holds the object, `o.d + 1` was the text "202503011") and named bare in
// a method (`m_dStart + 3` was "202503013"; `:m_dStart + 3` was right)
CPeriod is Class
	m_dStart is Date = "20250301"
END
STStay is Structure
	dArrival is Date
END
oPeriod is CPeriod
stStay is STStay
stStay.dArrival = "20250310"
FOR i = 1 TO 2
	Trace(oPeriod.m_dStart + i, stStay.dArrival - i) // expect: 20250302, 20250309
	// expect: 20250303, 20250308
END
oPeriod.Show()

PROCEDURE CPeriod::Show()
Trace(m_dStart + 3, :m_dStart + 3, m_dStart - 1) // expect: 20250304, 20250304, 20250228
FOR i = 1 TO 1
	Trace(m_dStart + 31, :m_dStart + 31) // expect: 20250401, 20250401
END
