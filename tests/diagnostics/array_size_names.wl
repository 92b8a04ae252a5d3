// an array's dimensions by name: a variable sizes an array when its declaration runs;
// an undeclared name is WL101 at the name; a fixed array takes only integers or
// constants (page 1514025: a compile-time error otherwise)
CONSTANT
	MAX = 3
END
n is int = 2
t is array of n by MAX int
u is array of zz int // error: WL101:15 'zz' is not declared
f is fixed array of n int // error: WL111:1 a fixed array's dimensions are integers or constants, not the variable 'n': declare an array (`array of n ...`) to size it when the declaration runs
g is fixed array of MAX int
Trace(ArrayCount(t), ArrayCount(u), ArrayCount(f), ArrayCount(g))
