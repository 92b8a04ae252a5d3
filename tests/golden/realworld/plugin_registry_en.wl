// (method b) A registry of processes (plugins) written as WINDEV developers write it:
// procedures stored in an associative array of Procedure, called by name, through an
// indirection {"Process" + n}, through ExecuteProcess (trtProcedure, and a method of an
// object named by text); a lambda registered as the others are.
gaaPlugins is associative array of Procedure
gnCalls is int

Register("UP", ToUpper)
Register("reverse", Reverse)
Register("brackets", (s) => "<" + s + ">")
Trace(Run("UP", "invoice"))                  // expect: INVOICE
Trace(Run("reverse", "abc"))                 // expect: cba
Trace(Run("REVERSE", "abc"))                 // expect: ?REVERSE
Trace(Run("brackets", "x"))                  // expect: <x>
Trace(Run("missing", "x"))                   // expect: ?missing
Trace(gnCalls, gaaPlugins..Occurrence)       // expect: 3, 3
nOk is int
FOR EACH p, sName OF gaaPlugins
	IF p("ok") <> "" THEN nOk++
END
Trace(nOk)                                   // expect: 3
FOR n = 1 TO 2
	Trace({"Process" + n}("  a b  "))
END
// expect: [  a b  ]
// expect: a b
f is CFilter
f.m_sPrefix = "F-"
Trace(ExecuteProcess(f, "Apply", "001"))              // expect: F-001
sProc is string = "ToUpper"
Trace(ExecuteProcess(sProc, trtProcedure, "discount"))  // expect: DISCOUNT

PROCEDURE Register(LOCAL sName is string, pProcess is Procedure)
gaaPlugins[sName] = pProcess

PROCEDURE Run(sName, sText is string) : string
IF NOT gaaPlugins[sName]..Exist THEN
	RESULT "?" + sName
END
gnCalls++
p is procedure = gaaPlugins[sName]
RESULT p(sText)

PROCEDURE ToUpper(s is string)
RESULT Upper(s)

PROCEDURE Reverse(s is string)
sRes is string
FOR i = Length(s) _TO_ 1 STEP -1
	sRes += s[[i]]
END
RESULT sRes

PROCEDURE Process1(s)
RESULT "[" + s + "]"

PROCEDURE Process2(s)
RESULT NoSpace(s)

CFilter is Class
	m_sPrefix is string
END

PROCEDURE CFilter::Apply(s is string)
RESULT m_sPrefix + s
