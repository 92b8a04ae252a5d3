// A named argument whose name no parameter has: WINDEV's compiler refuses it, so the
// run refuses the code before it runs, with the check's words at the name
Trace("not run")
Trace(Discount(nAmont : 80)) // expect error: Discount has no parameter named 'nAmont' (its parameters: nAmount, nRate)

PROCEDURE Discount(nAmount is int, nRate is int = 10)
RESULT nAmount * nRate / 100
