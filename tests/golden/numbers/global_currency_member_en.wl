// A GLOBAL member declared currency computes in a currency's 6 decimals, as any currency
// variable or member does: `CAccount::gcurFees / 7` showed 37 decimals and
// `::gcurFees * 1.1` 10.9999989
oAccount is CAccount
oAccount.Charge(3) // expect: 10.999999, 3.333333
Trace(CAccount::gcurFees, CAccount::gcurFees / 7) // expect: 9.999999, 1.428571

CAccount is Class
	GLOBAL
		gcurFees is currency
END

PROCEDURE CAccount::Charge(nTimes is int)
FOR i = 1 TO nTimes
	gcurFees += 10 / 3
END
Trace(::gcurFees * 1.1, gcurFees / 3)
