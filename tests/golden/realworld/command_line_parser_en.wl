// (method b) A command line read as WINDEV developers write it: CommandLine("name") for
// /name=value and -name, an option procedure with a default value, SWITCH on the mode
// (CASE "a", "b" / OTHER CASE), FOR EACH STRING ... SEPARATED BY over CommandLine().
// Without arguments (here): the defaults; tests/core/test_command_line_business.py runs
// it with arguments.
sMode is string = ReadOption("mode", "list")
nMax is int = Val(ReadOption("max", "10"))
bVerbose is boolean = (CommandLine("v") = "1")
Trace("mode=" + sMode, "max=" + nMax, "verbose=" + bVerbose)  // expect: mode=list, max=10, verbose=0
SWITCH Lower(sMode)
	CASE "list", "l"
		Trace("list of " + nMax + " lines")      // expect: list of 10 lines
	CASE "export"
		Trace("export to " + ReadOption("file", "export.csv"))
	OTHER CASE
		Trace("unknown mode: " + sMode)
END
sAll is string = CommandLine()
Trace("[" + sAll + "]")                         // expect: []
nOptions is int
FOR EACH STRING sArg OF sAll SEPARATED BY " "
	IF sArg [= "/" OR sArg [= "-" THEN
		nOptions++
		nPos is int = Position(sArg, "=")
		IF nPos > 0 THEN
			Trace(sArg[[2 TO nPos - 1]] + " -> " + sArg[[nPos + 1 TO]])
		ELSE
			Trace(sArg[[2 TO]] + " -> (flag)")
		END
	END
END
Trace(nOptions + " option(s)")                  // expect: 0 option(s)

PROCEDURE ReadOption(LOCAL sName is string, sDefault is string = "")
sValue is string = CommandLine(sName)
IF sValue = "" THEN RESULT sDefault
RESULT sValue
