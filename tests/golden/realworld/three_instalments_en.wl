// Paying in three instalments: the instalment rounded down to the cent, the rest on
// the first one; the due dates month by month (..Month += on a 31st: end of February);
// compound interest in a numeric and in a real (Power), rounded to the cent.
mTotal is currency = 100
nInstalments is int = 3
mInstalment is currency = RoundDown(mTotal / nInstalments, 2)
mFirst is currency = mTotal - mInstalment * (nInstalments - 1)
Trace(mInstalment, mFirst, mFirst + mInstalment * 2 = mTotal) // expect: 33.33, 33.34, 1
dFirst is Date = "20250131"
FOR i = 1 _TO_ nInstalments
	dDue is Date = dFirst
	dDue..Month += i - 1
	Trace(i, DateToString(dDue, "DD/MM/YYYY"), (i = 1 ? mFirst ELSE mInstalment))
END
// expect: 1, 31/01/2025, 33.34
// expect: 2, 28/02/2025, 33.33
// expect: 3, 31/03/2025, 33.33
// compound interest over three years
nCapital is numeric (20,6) = 10000
nRate is numeric (10,6) = 0.035
FOR nYear = 1 _TO_ 3
	nCapital = nCapital * (1 + nRate)
END
Trace(nCapital, Round(nCapital, 2)) // expect: 11087.17875, 11087.18
rCapital is real = 10000 * Power(1.035, 3)
Trace(rCapital, Round(rCapital, 2)) // expect: 11087.17875, 11087.18
nFactor is numeric = Power(1.035, 3)
Trace(nFactor) // expect: 1.108718
