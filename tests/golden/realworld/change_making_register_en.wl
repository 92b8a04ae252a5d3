// Change for a cash register: coins and notes, in numeric (no real rounding error)
arrValues is array of numerics = [50, 20, 10, 5, 2, 1, 0.50, 0.20, 0.10, 0.05, 0.02, 0.01]
nuTotal is numeric = 17.83
nuGiven is numeric = 50
nuChange is numeric = nuGiven - nuTotal
Trace("Change due: " + nuChange)
aaChange is associative array of int
nuLeft is numeric = nuChange
FOR EACH nuValue OF arrValues
	nCount is int = IntegerPart(nuLeft / nuValue)
	IF nCount > 0 THEN
		aaChange[NumToString(nuValue, ".2f")] = nCount
		nuLeft -= nCount * nuValue
	END
END
FOR EACH nHowMany, sValue OF aaChange
	Trace(nHowMany + " x " + sValue)
END
Trace("Left: " + nuLeft)
// the same in reals: 0.1 + 0.2
rA is real = 0.1
rB is real = 0.2
Trace(rA + rB = 0.3)
nuA is numeric = 0.1
nuB is numeric = 0.2
Trace(nuA + nuB, nuA + nuB = 0.3)
Trace(ChangeInCoins(3.88))
// expect: Change due: 32.17
// expect: 1 x 20.00
// expect: 1 x 10.00
// expect: 1 x 2.00
// expect: 1 x 0.10
// expect: 1 x 0.05
// expect: 1 x 0.02
// expect: Left: 0
// expect: 1
// expect: 0.3, 1
// expect: 2 + 1 + 0.5 + 0.2 + 0.1 + 0.05 + 0.02 + 0.01

PROCEDURE ChangeInCoins(LOCAL nuAmount is numeric) : string
	sResult is string
	arrCoins is array of numerics = [2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01]
	FOR i = 1 TO arrCoins..Occurrence
		WHILE nuAmount >= arrCoins[i]
			sResult += [" + "] + arrCoins[i]
			nuAmount -= arrCoins[i]
		END
	END
	RESULT sResult
