// a structure's or class's array member is sized by constants (its type is fixed when
// compiling): a variable there is WL111 at the variable (it was an internal error)
CONSTANT
	MAX = 3
END
n is int = 2
s is STLine
Trace(ArrayCount(s.a), n)

STLine is Structure
	a is array of MAX + 1 int
	b is array of n + 1 int // error: WL111:16 a member's array dimensions are constants or expressions of constants (a structure's or class's members are typed when compiling): size the array in the code (ArrayAdd, `m_t = new array of n int`)
END
