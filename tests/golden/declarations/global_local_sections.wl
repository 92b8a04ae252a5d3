// GLOBAL and LOCAL section labels before declarations
GLOBAL
	gCount is int = 1
LOCAL
	name is string = "x"
Trace(gCount, name) // expect: 1, x
