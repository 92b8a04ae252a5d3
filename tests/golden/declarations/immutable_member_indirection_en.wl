// In a method, an indirection naming a member of the object reaches the member first,
// so a main-code variable of the same name declared <immutable> does not stop it.
// Before, {"nLevel"} = 5 in CGauge.Set stopped the run: "cannot change 'nLevel'".
nLevel is int <immutable> = 1
arrSteps is array of int <immutable> = [1, 2]
stSpot is int <immutable> = 3
oGauge is CGauge
oGauge.Set()
Trace(oGauge.nLevel, nLevel) // expect: 5, 1
Trace(oGauge.arrSteps[1], arrSteps[1]) // expect: 7, 1
Trace(oGauge.stSpot.nX, stSpot) // expect: 8, 3
sName is string = "nLevel"
WHEN EXCEPTION IN
	{sName} = 6
DO
	Trace(ExceptionInfo()) // expect: cannot change 'nLevel': it is declared immutable, its value is the one its declaration gives (through the indirection {nLevel}).
END

STSpot is Structure
	nX is int
END
CGauge is Class
	nLevel is int
	arrSteps is array of int
	stSpot is STSpot
END

PROCEDURE CGauge.Set()
sWhich is string = "nLevel"
{sWhich} = 5
{"arrSteps"} = [0]
{"arrSteps[1]"} = 7
{"stSpot.nX"} = 8
