// A literal subscript past a fixed array's size (WL110) and a real literal beyond an
// integer's range (WL110) stop the run, unless a WHEN EXCEPTION catches them: the run
// goes on after the handler, so wl check says nothing there (as for a divisor 0).
tf is fixed array of 3 int
WHEN EXCEPTION IN
	tf[4] = 1
	i is int = 1.5e19
	Trace(i)
DO
	Trace("caught")
END
Trace(Fill())
n is int = 1.5e19 // error: WL110:1 Numeric overflow: 15000000000000000000 is beyond the largest int (2,147,483,647).
tf[4] = 2 // error: WL110:1 Index 4 is out of range: the array has 3 element(s)
Trace(n)
PROCEDURE Fill()
tg is fixed array of 2 int
WHEN EXCEPTION
	RESULT -1
END
tg[3] = 1
RESULT tg[1]
