// FOR EACH over an array of structures (or an associative array, or an array of objects):
// the loop variable's members keep their declared types, so Time, Date and Duration
// members compute as such. `x.h2 - x.h1` on two Time members subtracted their digits as
// numbers (08:00 to 12:00 gave 4000000 ms, 1 h 06), `x.h1 + 1 h` joined the texts and
// `x.h1..Minute += 15` was "A value of type string has no member 'Minute'".
STShift is Structure
	sName is string
	hStart is Time
	hEnd is Time
	dDay is Date
END
arrShifts is array of STShift = [["Ann", "0800", "1200", "20240311"], ["Bob", "1330", "1800", "20240312"]]
FOR EACH stS OF arrShifts
	duShift is Duration = stS.hEnd - stS.hStart
	Trace(stS.sName, duShift.InHours, (stS.hStart + 1 h).ToString("HH:mm"), DateToDayInAlpha(stS.dDay + 1))
END
// expect: Ann, 4, 09:00, Tuesday
// expect: Bob, 4.5, 14:30, Wednesday
FOR EACH stS OF arrShifts
	stS.hStart..Minute += 15
END
Trace(arrShifts[1].hStart, arrShifts[2].hStart) // expect: 08150000, 13450000
aaByName is associative array of STShift
aaByName["Ann"] = arrShifts[1]
FOR EACH stS, sKey OF aaByName
	Trace(sKey, (stS.hEnd - stS.hStart).InMinutes) // expect: Ann, 225
END
CShift is Class
	m_hStart is Time
	m_hEnd is Time
END
arrObjects is array of CShift dynamic
o is CShift dynamic = new CShift
o.m_hStart = "2200"
o.m_hEnd = "2330"
ArrayAdd(arrObjects, o)
FOR EACH oS OF arrObjects
	Trace((oS.m_hEnd - oS.m_hStart).InMinutes) // expect: 90
END
