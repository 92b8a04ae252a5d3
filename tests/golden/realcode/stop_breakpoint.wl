// STOP alone on its line is the debugger's breakpoint: outside the debugger the code goes
// on (Stop/stop in any case); a variable or procedure named Stop is still itself
n is int = 1
STOP
n++
SI n = 2 ALORS
	stop
	Trace("suite") // expect: suite
FIN
Stop is int = 5
Trace(Stop + n) // expect: 7
