// Dimension(x) of a simple variable or a structure: its size in bytes (docs/builtins.md
// "Dimension", INFERRED; French twin dimension_variable_simple_fr.wl). It was the error
// "Dimension expects an array, not a value of type string".
sName is string = "Dupont"
nCount is int = 12
rRate is real = 0.5
bDone is boolean = True
Trace(Dimension(sName), Dimension(nCount), Dimension(rRate), Dimension(bDone)) // expect: 6, 4, 8, 1
STHeader is Structure
	nId is int
	nBig is int on 8 bytes
	rValue is real
	bFlag is boolean
END
stH is STHeader
Trace(Dimension(stH)) // expect: 21
arrN is array of 3 int
Trace(Dimension(arrN)) // expect: 3
