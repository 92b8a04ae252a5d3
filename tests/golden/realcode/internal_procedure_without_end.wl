// An INTERNAL PROCEDURE written without its END (?1514075 gives END; code ported by
// hand leaves it out): it ends before the next one at its indentation, before the next
// PROCEDURE, at the end of the code, or before the first line back at its header's
// indentation when its body is indented (docs/semantics.md, "Internal procedure
// without END")
arrLines is array of currency = [10.25, 4.10, 0.50]
Trace(InvoiceTotal(arrLines)) // expect: 14.9
Trace(Report("ACME")) // expect: 1. Customer ACME
// expect: 2. Dear ACME
// expect: 2

PROCEDURE InvoiceTotal(arrAmounts is array of currency)
curTotal is currency = 0
FOR EACH curLine OF arrAmounts
	AddLine(curLine)
END
RESULT Rounded(curTotal)
INTERNAL PROCEDURE AddLine(curAmount is currency)
	curTotal += curAmount
INTERNAL PROCEDURE Rounded(curValue is currency) : currency
	RESULT Round(curValue, 1)

PROCEDURE Report(sCustomer is string)
nLines is int
INTERNAL PROCEDURE Count(sLabel is string)
	nLines++
	Trace(nLines + ". " + sLabel)
Count("Customer " + sCustomer)
IF sCustomer <> "" THEN
	INTERNAL PROCEDURE Greet()
		Count("Dear " + sCustomer)
	Greet()
END
RESULT nLines
