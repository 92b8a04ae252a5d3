// A fixed array's dimensions may be expressions of constants (`fixed array of (MAXI+1)
// int`, `tableau fixe de MAXI+1 entiers`): `(MAXI+1)` was a syntax error and `MAXI+1`
// silently gave MAXI elements. (docs/semantics.md "An array sized by a variable")
CONSTANT
	MAXI = 4
END
t is fixed array of (MAXI+1) int
t[5] = 7
Trace(ArrayCount(t), t[5]) // expect: 5, 7
u is a fixed array of MAXI+1 by 2 strings
Trace(ArrayCount(u, 1), ArrayCount(u, 2)) // expect: 5, 2
