// An indirection whose name is computed cannot change an immutable variable either,
// nor a part of one: the run refuses it where it runs (a literal name is refused
// before the program runs, as `x = 6` is). Before, {sName} = 6 changed nRate.
nRate is int <immutable> = 5
arrRates is array of int <immutable> = [1, 2]
nFree is int = 1
sName is string = "nFree"
{sName} = 2
Trace(nFree) // expect: 2
sName = "nRate"
WHEN EXCEPTION IN
	{sName} = 6
DO
	Trace(ExceptionInfo()) // expect: cannot change 'nRate': it is declared immutable, its value is the one its declaration gives (through the indirection {nRate}).
END
sName = "arrRates[2]"
WHEN EXCEPTION IN
	{sName} = 6
DO
	Trace(ExceptionInfo()) // expect: cannot change 'arrRates': it is declared immutable, its value is the one its declaration gives (through the indirection {arrRates[2]}).
END
Trace(nRate, arrRates[2]) // expect: 5, 2
Kept()

PROCEDURE Kept()
nLimit is int <immutable> = 3
sWhich is string = "nLimit"
WHEN EXCEPTION IN
	{sWhich} = 4
DO
	Trace(ExceptionInfo()) // expect: cannot change 'nLimit': it is declared immutable, its value is the one its declaration gives (through the indirection {nLimit}).
END
Trace(nLimit) // expect: 3
