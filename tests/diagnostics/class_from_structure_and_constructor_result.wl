// A class that inherits from a structure, and RESULT with a value in a constructor or a
// destructor (decided, INFERRED from ?6010001: a class's parent is a class; the
// constructor and destructor are declared without a result and called by WLanguage
// itself). Both ran without a word; the run still runs them (deferred errors).
STBase is Structure
	x is int
END
CChild is Class // error: WL110:1 'STBase' is a structure: a class inherits only from a class
	inherits from STBase
	y is int
END
CCounter is Class
	n is int
END
o is CChild
c is CCounter
o.x = 1
o.y = 2
Trace(o.x + o.y + c.n)
PROCEDURE CCounter::Constructor()
n = 2
RESULT 5 // error: WL108:8 RESULT with a value in a Constructor: it runs when the object is made or freed, and nothing receives a value
PROCEDURE CCounter::Destructor()
RESULT True // error: WL108:8 RESULT with a value in a Destructor: it runs when the object is made or freed, and nothing receives a value
PROCEDURE CCounter::Bump()
n++
RESULT n
