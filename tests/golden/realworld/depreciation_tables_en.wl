// Depreciation tables, straight-line (the first year pro rata in days, 360-day year) and
// declining balance (French tax coefficients, switching to straight-line when larger)
STYear is Structure
	nYear is int
	mBase is currency
	mCharge is currency
	mAccumulated is currency
	mNetBook is currency
END

arrSL is array of STYear = StraightLine(10000, 5, "20250401")
FOR EACH y OF arrSL
	Trace(y.nYear, y.mBase, y.mCharge, y.mAccumulated, y.mNetBook)
END
arrDB is array of STYear = DecliningBalance(10000, 5)
FOR EACH y, nIndex OF arrDB
	Trace(nIndex, y.nYear, y.mCharge, y.mAccumulated, y.mNetBook)
END
Trace(DecliningCoefficient(3), DecliningCoefficient(5), DecliningCoefficient(7))
mSum is currency
FOR EACH y OF arrDB
	mSum += y.mCharge
END
Trace(mSum)
// expect: 2025, 10000, 1500, 1500, 8500
// expect: 2026, 10000, 2000, 3500, 6500
// expect: 2027, 10000, 2000, 5500, 4500
// expect: 2028, 10000, 2000, 7500, 2500
// expect: 2029, 10000, 2000, 9500, 500
// expect: 2030, 10000, 500, 10000, 0
// expect: 1, 1, 3500, 3500, 6500
// expect: 2, 2, 2275, 5775, 4225
// expect: 3, 3, 1478.75, 7253.75, 2746.25
// expect: 4, 4, 1373.13, 8626.88, 1373.12
// expect: 5, 5, 1373.12, 10000, 0
// expect: 1.25, 1.75, 2.25
// expect: 10000

PROCEDURE DecliningCoefficient(nYears is int) : real
SWITCH nYears
	CASE 3, 4 : RESULT 1.25
	CASE 5, 6 : RESULT 1.75
	OTHER CASE : RESULT 2.25
END

PROCEDURE StraightLine(mValue is currency, nYears is int, dInService is Date)
arrResult is array of STYear
rRate is real = 1 / nYears
// the first year pro rata in days (360-day year)
nDays is int = (12 - dInService..Month) * 30 + (30 - dInService..Day + 1)
mAccumulated is currency = 0
nYear is int = dInService..Year
WHILE mAccumulated < mValue
	y is STYear
	y.nYear = nYear
	y.mBase = mValue
	IF nYear = dInService..Year THEN
		y.mCharge = Round(mValue * rRate * nDays / 360, 2)
	ELSE
		y.mCharge = Min(Round(mValue * rRate, 2), mValue - mAccumulated)
	END
	mAccumulated += y.mCharge
	y.mAccumulated = mAccumulated
	y.mNetBook = mValue - mAccumulated
	ArrayAdd(arrResult, y)
	nYear++
END
RESULT arrResult

PROCEDURE DecliningBalance(mValue is currency, nYears is int)
arrResult is array of STYear
rDeclining is real = (1 / nYears) * DecliningCoefficient(nYears)
mNetBook is currency = mValue
mAccumulated is currency
FOR i = 1 TO nYears
	nLeft is int = nYears - i + 1
	rStraight is real = 1 / nLeft
	y is STYear
	y.nYear = i
	y.mBase = mNetBook
	IF rStraight > rDeclining THEN
		y.mCharge = Round(mNetBook / nLeft, 2)
	ELSE
		y.mCharge = Round(mNetBook * rDeclining, 2)
	END
	IF i = nYears THEN y.mCharge = mNetBook
	mAccumulated += y.mCharge
	mNetBook -= y.mCharge
	y.mAccumulated = mAccumulated
	y.mNetBook = mNetBook
	Add(arrResult, y)
END
RESULT arrResult
