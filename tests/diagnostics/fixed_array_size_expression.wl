// a fixed array's dimensions written as expressions take only integers and constants
// (page 1514025): a variable there is WL111 at the variable, as in `fixed array of n int`
CONSTANT
	MAX = 3
END
n is int = 2
f is fixed array of MAX + 1 int
g is fixed array of 2 * n int // error: WL111:25 a fixed array's dimensions are integers or constants: declare an array (`array of n ...`) to size it when the declaration runs
Trace(ArrayCount(f), ArrayCount(g))
