// Cascaded discounts: rounded at each step or only at the end
arrDiscounts is array of reals = [10, 5, 2.5]
curPrice is currency = 199.99
curPerStep is currency = curPrice
curUnrounded is currency = curPrice
FOR EACH rRate OF arrDiscounts
	curPerStep = Round(curPerStep * (1 - rRate / 100), 2)
	curUnrounded = curUnrounded * (1 - rRate / 100)
	Trace(rRate + " %", curPerStep, curUnrounded)
END
curFinal is currency = Round(curUnrounded, 2)
Trace("Per step: " + curPerStep, "At the end: " + curFinal, "Gap: " + (curPerStep - curFinal))
rEquivalent is real = (1 - curUnrounded / curPrice) * 100
Trace("Equivalent discount: " + NumToString(rEquivalent, ".3f") + " %")
nQty is int = 37
curLine is currency = CascadeDiscount(12.35, nQty, arrDiscounts)
Trace(curLine)
curLine2 is currency = CascadeDiscount(12.35, nQty, arrDiscounts, False)
Trace(curLine2)
// expect: 10 %, 179.99, 179.991
// expect: 5 %, 170.99, 170.99145
// expect: 2.5 %, 166.72, 166.716664
// expect: Per step: 166.72, At the end: 166.72, Gap: 0
// expect: Equivalent discount: 16.638 %
// expect: 380.93
// expect: 380.92

PROCEDURE CascadeDiscount(curUnit is currency, nQuantity is int, arrRates is array of reals, bRoundEachStep is boolean = True)
	curAmount is currency = curUnit * nQuantity
	FOR EACH rR OF arrRates
		curAmount = curAmount * (1 - rR / 100)
		IF bRoundEachStep THEN curAmount = Round(curAmount, 2)
	END
	RESULT Round(curAmount, 2)
