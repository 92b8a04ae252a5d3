// Compile builds a procedure of the running program: it sees the program's global
// variables and procedures, takes its own PROCEDURE line (renamed) or is the body of
// PROCEDURE Name(*), is replaced by compiling the name again and removed by empty code
gnRate is int = 3
Trace(Compile("Scaled", "PROCEDURE AnyName(x is int)" + CR + "RESULT x * gnRate + Bonus()"))   // expect:
Trace(ExecuteProcess("Scaled", trtProcedure, 2))   // expect: 10
gnRate = 5
Trace(ExecuteProcess("scaled", trtProcedure, 2))   // expect: 14
Trace(Compile("Sum", "s is int" + CR + "FOR i = 1 TO MyParameters..Occurrence" + CR + "s += MyParameters[i]" + CR + "END" + CR + "RESULT s"))   // expect:
Trace(ExecuteProcess("Sum", trtProcedure, 1, 2, 3))   // expect: 6
Trace(Compile("Sum", "RESULT ""replaced"""))   // expect:
Trace(ExecuteProcess("Sum", trtProcedure))   // expect: replaced
Trace(Compile("Bonus", "RESULT 0"))   // expect: the program already has a procedure named 'Bonus'.
Trace(Compile("Sum", ""))   // expect:
Trace(Compile("Later", "x is int = 1" + CR + "RESULT x +"))   // expect: line 2: unexpected end of line; expected an expression
g is procedure = Compile("RESULT +")
Trace(ErrorOccurred, Left(ErrorInfo(), 13))   // expect: 1, Compile: line
Trace(Compile("Boom", "n is int = 0" + CR + "RESULT 10 / n"))   // expect:
// an error in it is at its own line ("<Compile Boom>:2"), called from here
ExecuteProcess("Boom", trtProcedure)
// expect error: Division by zero

PROCEDURE Bonus()
RESULT 4
