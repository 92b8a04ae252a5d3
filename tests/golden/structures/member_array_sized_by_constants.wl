// A structure's or class's array member may be sized by an expression of constants
// (`array of (MAXI+1) int`, `array of 2 by MAXI*2 strings`): valued when compiling, as
// the members' types are. It was a syntax error ("unexpected 'int'"); a variable there
// is refused at its name (WL111) instead of an internal error.
// (docs/semantics.md "An array sized by a variable")
CONSTANT
	MAXI = 4
END
s is STGrid
Trace(ArrayCount(s.Row), ArrayCount(s.Cells, 1), ArrayCount(s.Cells, 2)) // expect: 5, 2, 8
s.Row[5] = 9
Trace(s.Row[5]) // expect: 9
b is CBox
Trace(ArrayCount(b.m_arrSlots)) // expect: 3
copy is STGrid = s
Trace(copy.Row[5], ArrayCount(copy.Row)) // expect: 9, 5

STGrid is Structure
	Row is array of (MAXI+1) int
	Cells is array of 2 by MAXI*2 strings
END

CBox is Class
	m_arrSlots is array of MAXI - 1 int
END
