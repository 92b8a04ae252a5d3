// Mileage allowance by the French tax scale (cars): three bands per horsepower class,
// each a rate per km plus a fixed part, rounded to the cent
STBand is Structure
	nKmMax is int
	rRate is real
	mFixed is currency
END

garrScale is array of STBand

FOR EACH nKm OF [3000, 5000, 5001, 12500, 20000, 25000]
	Trace(nKm, MileageAllowance(nKm, 3), MileageAllowance(nKm, 4), MileageAllowance(nKm))
END
mTotal is currency
arrTrips is array of 0 int
ArrayAdd(arrTrips, 120)
ArrayAdd(arrTrips, 87)
Add(arrTrips, 43)
nSum is int
FOR i = 1 TO arrTrips.Count
	nSum += arrTrips[i]
END
mTotal = MileageAllowance(nSum, 4)
Trace("Total: " + mTotal + " €", NumToString(mTotal, "10,2fS"))
Info("Allowance: " + StringBuild("%1 km -> %2 €", nSum, mTotal))
// expect: 3000, 1587, 1818, 1908
// expect: 5000, 2645, 3030, 3180
// expect: 5001, 2645.32, 3030.34, 3180.36
// expect: 12500, 5015, 5580, 5857.5
// expect: 20000, 7385, 8130, 8535
// expect: 25000, 9250, 10175, 10675
// expect: Total: 151.5 €,     151,50
// expect: Allowance: 250 km -> 151.5 €

PROCEDURE LoadScale(nHP is int)
ArrayDeleteAll(garrScale)
b is STBand
SWITCH nHP
	CASE <= 3
		b.nKmMax = 5000 ; b.rRate = 0.529 ; b.mFixed = 0 ; ArrayAdd(garrScale, b)
		b.nKmMax = 20000 ; b.rRate = 0.316 ; b.mFixed = 1065 ; ArrayAdd(garrScale, b)
		b.nKmMax = 999999 ; b.rRate = 0.370 ; b.mFixed = 0 ; ArrayAdd(garrScale, b)
	CASE 4
		b.nKmMax = 5000 ; b.rRate = 0.606 ; b.mFixed = 0 ; ArrayAdd(garrScale, b)
		b.nKmMax = 20000 ; b.rRate = 0.340 ; b.mFixed = 1330 ; ArrayAdd(garrScale, b)
		b.nKmMax = 999999 ; b.rRate = 0.407 ; b.mFixed = 0 ; ArrayAdd(garrScale, b)
	OTHER CASE
		b.nKmMax = 5000 ; b.rRate = 0.636 ; b.mFixed = 0 ; ArrayAdd(garrScale, b)
		b.nKmMax = 20000 ; b.rRate = 0.357 ; b.mFixed = 1395 ; ArrayAdd(garrScale, b)
		b.nKmMax = 999999 ; b.rRate = 0.427 ; b.mFixed = 0 ; ArrayAdd(garrScale, b)
END

PROCEDURE MileageAllowance(nKm is int, nHP is int = 5) : currency
LoadScale(nHP)
FOR EACH band OF garrScale
	IF nKm <= band.nKmMax THEN
		RESULT Round(nKm * band.rRate + band.mFixed, 2)
	END
END
RESULT 0
