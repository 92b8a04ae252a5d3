// `{"x"} = v` and `{"x"}` in a procedure or a method reach the function's own variables
// (a local, a parameter, an enclosing procedure's for an internal procedure) before the
// main code's, converted to the variable's type; a parameter so assigned is given back to
// the caller's variable, as `x = v` gives it (docs/semantics.md "Indirection"). They
// stopped: "no variable of the main code is named 'nLocal'".
gnTotal is int = 1
gsLog is string
nArg is int = 2
Proc(nArg)
Trace(gsLog) // expect: 13 12 30 filled
Trace(nArg) // expect: 21
o is CCounter
o.Run()
Trace(gsLog) // expect: 2.5 5
Trace(o.m_nCount, gnTotal) // expect: 5, 40

PROCEDURE Proc(nParam is int)
nLocal is int
{"nLocal"} = "12"
gsLog = (nLocal + 1) + " " + {"NLOCAL"}
sName is string = "nPar" + "am"
{sName} = 21
{"gnTotal"} = 30
gsLog += " " + gnTotal
sText is string
Fill()
gsLog += " " + sText
PROCEDURE INTERNAL Fill()
{"sText"} = "filled"
END

CCounter is a Class
	m_nCount is int
END

PROCEDURE CCounter::Run()
rRate is real
{"rRate"} = 2.5
{"m_nCount"} = rRate * 2
{"gnTotal"} = 40
gsLog = rRate + " " + m_nCount
