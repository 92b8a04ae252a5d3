// Dimension(st) of a structure holding a fixed array gives the structure's size in
// bytes, the array's elements counted in it (they are held in the structure): it
// stopped with "Dimension expects an array, a simple variable or a structure, not a
// value of type array". A dynamic array member has no size in bytes (its elements are
// not in the structure): said in words (*decided* 6 Dec 2026, FS, INFERRED:
// docs/builtins.md "Dimension"). French twin dimension_membre_tableau_fixe_fr.wl.
STHeader is Structure
	nVersion is int
	arrCodes is fixed array of 3 int
	arrGrid is fixed array of 2 by 2 currency
	bFlag is boolean
END
stH is STHeader
Trace(Dimension(stH)) // expect: 57
Trace(Dimension(stH.arrCodes), Dimension(stH.nVersion)) // expect: 3, 4
STList is Structure
	arrNames is array of strings
END
stL is STList
WHEN EXCEPTION IN
	Trace(Dimension(stL))
DO
	Trace(ExceptionInfo()) // expect: Dimension: a structure holding a dynamic array has no size in bytes (the array's elements are not in the structure); a fixed array member has one (`t is fixed array of 3 int`).
END
