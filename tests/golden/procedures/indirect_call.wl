// A procedure called through an indirection: `{"Total"}(3)`, `{"Proc" + n}(x)` calls the
// procedure the text names (any case), as ExecuteProcess(name, trtProcedure, ...) does;
// a main-code variable of that name holding a procedure is called too. *Decided* (no
// stored help page shows it; docs/semantics.md "Indirection"): it was refused, "this
// expression cannot be called" (WL111).
Trace({"Total"}(3)) // expect: 6
FOR i = 1 TO 2
	Trace({"Step" + i}(10)) // expect: 11
	// expect: 12
END
sName is string = "TOTAL"
x is int = {sName}(4) + 1
Trace(x) // expect: 9
pDouble is procedure = Total
Trace({"pDouble"}(5)) // expect: 10
CallByName("Step2", 1)
// expect: 3
CallByName("Missing", 1)
// expect error: Indirection {Missing}(...): there is no procedure named 'Missing'.

PROCEDURE Total(n is int)
RESULT n * 2

PROCEDURE Step1(n)
RESULT n + 1

PROCEDURE Step2(n)
RESULT n + 2

PROCEDURE CallByName(sProc is string, n)
Trace({sProc}(n))
