// Compile ?3013015, syntaxes 1 and 3 as the page writes them; MySourceCode stands for the
// control in which the procedure's code is typed (the page states no result: ours)
Trace(CompileAndRun("RESULT 6 * 7"))               // expect: 42
Trace(Left(CompileAndRun("RESULT 6 *"), 6))       // expect: line 1
MySourceCode is string = "RESULT ""formula"""
Formula is procedure = Compile(MySourceCode)
IF ErrorOccurred = False THEN
	Trace(Formula())                               // expect: formula
ELSE
	Trace(ErrorInfo())
END

PROCEDURE CompileAndRun(MySourceCode is string)
// Syntax 1: Dynamic compilation of a global procedure
sResult is string
sResultCompile is string
sResultCompile = Compile("Dynamic_Proc", MySourceCode)
SWITCH sResultCompile
CASE "": sResult = ExecuteProcess("Dynamic_Proc", trtProcedure)
CASE "ERR": sResult = "Unable to compile. " + CR + ErrorInfo()
OTHER CASE: sResult = sResultCompile
END
RESULT sResult
