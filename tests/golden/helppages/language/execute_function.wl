// Execute ?3013041 (the French page's example, in English): the result of the procedure
// run by its name (4 on the page); the parameters are always passed by value
// Run a procedure
Execute("Proc1")   // expect: Proc1
// Run a procedure that returns a result
Trace(Execute("Double_Number", 2)) // expect: 4
n is int = 5
Trace(execute("Bump", n), n)   // expect: 6, 5
Trace(Compile("Later", "RESULT MyParameters[1] + 1"))   // expect:
Trace(Execute("later", 41))   // expect: 42
Execute("Nope")   // expect error: Execute: there is no procedure named 'Nope'.

PROCEDURE Proc1()
Trace("Proc1")

// Procedure Double_Number
PROCEDURE Double_Number(X)
RESULT 2*X

PROCEDURE Bump(x)
x++
RESULT x
