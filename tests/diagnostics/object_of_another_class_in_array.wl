// An object of a class that is not the array's class nor derived from it, put into an
// array of a class (ArrayAdd, t[i] = ...), and a new object stored into a number: WL110,
// as for a variable; the run stops there ("An object of the class CB cannot be stored in
// the class CA", "A value of type structure cannot be used as a number")
CA is Class
	m_n is int
END
CSubA is Class
	inherits from CA
END
CB is Class
END
arrA is array of CA dynamic
ArrayAdd(arrA, new CSubA)
ArrayAdd(arrA, new CB) // error: WL110:16 an object of the class CB cannot be stored in 'arrA[...]', a CA: CB is not CA nor derived from it
arrA[1] = new CA
arrA[1] = new CB // error: WL110:11 an object of the class CB cannot be stored in 'arrA[...]', a CA: CB is not CA nor derived from it
n is int = new CA // error: WL110:1 an object of the class CA cannot be stored in 'n', a number
Trace(ArrayCount(arrA), n)
