// Simplified payroll: overtime at 125 % and 150 %, contributions by bracket, net pay
// (Mixed-case keywords, as some projects are written)
Constant
	SS_CEILING = 3925
	OT25_RATE = 1.25
	OT50_RATE = 1.5
End
Structure STContribution
	sLabel is string
	rEmployeeRate is real
	nBase is int // 1 = whole, 2 = bracket A, 3 = bracket B
End

arrContrib is array of STContribution
AddContrib(arrContrib, "Old age, capped", 6.9, 2)
AddContrib(arrContrib, "Old age, uncapped", 0.4, 1)
AddContrib(arrContrib, "Pension T1", 3.15, 2)
AddContrib(arrContrib, "Pension T2", 8.64, 3)
AddContrib(arrContrib, "CSG deductible", 6.8, 1)

curRate is Currency = 24.5
numHours is Numeric (6,2) = 169.75
curGross is Currency = GrossPay(curRate, numHours)
Trace("Gross: " + NumToString(curGross, "10.2f"))
curTotal is Currency
For Each stC Of arrContrib
	curBase is Currency = BaseOf(curGross, stC.nBase)
	curAmount is Currency = Round(curBase * stC.rEmployeeRate / 100, 2)
	curTotal += curAmount
	Trace(Complete(stC.sLabel, 30) + NumToString(curBase, "10.2f") + NumToString(stC.rEmployeeRate, "6.2f") + NumToString(curAmount, "9.2f"))
End
Trace("Total contributions: " + NumToString(curTotal, ".2f"))
Trace("Net pay: " + NumToString(curGross - curTotal, ".2f"))
Trace("Gross for 200 h: " + GrossPay(curRate, 200))
// expect: Gross:    4269.62
// expect: Old age, capped                  3925.00  6.90   270.83
// expect: Old age, uncapped                4269.62  0.40    17.08
// expect: Pension T1                       3925.00  3.15   123.64
// expect: Pension T2                        344.62  8.64    29.78
// expect: CSG deductible                   4269.62  6.80   290.33
// expect: Total contributions: 731.66
// expect: Net pay: 3537.96
// expect: Gross for 200 h: 5279.69

Procedure AddContrib(arr is array of STContribution, s, r, n)
st is STContribution
st.sLabel = s
st.rEmployeeRate = r
st.nBase = n
ArrayAdd(arr, st)

Procedure GrossPay(curHourly is Currency, numH is Numeric) : Currency
numNormal is Numeric = Min(numH, 151.67)
numOT25 is Numeric = Min(Max(numH - 151.67, 0), 34.67)
numOT50 is Numeric = Max(numH - 186.34, 0)
Result Round(numNormal * curHourly + numOT25 * curHourly * OT25_RATE + numOT50 * curHourly * OT50_RATE, 2)

Procedure BaseOf(curGross is Currency, nBase is int) : Currency
Switch nBase
	Case 1: Result curGross
	Case 2: Result Min(curGross, SS_CEILING)
	Case 3: Result Max(curGross - SS_CEILING, 0)
	Other Case: Result 0
End
