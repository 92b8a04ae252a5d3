// `Ancestor:Constructor(args)` and `CBase::Constructor(args)` in a constructor run the
// ancestor's constructor with those arguments, as `Constructor CBase(args)` does: the
// ancestor's constructor is then not also run without them (before: it was, and failed
// when it needs a parameter)
CBase is Class
	m_n is int
END
CFirst is Class
	inherits from CBase
END
CSecond is Class
	inherits from CBase
END
a is CFirst(5)
// expect: base 10
// expect: first
b is CSecond(2)
// expect: base 6
// expect: second
Trace(a.m_n, b.m_n) // expect: 10, 6
PROCEDURE CBase::Constructor(n is int)
:m_n = n
Trace("base " + n)
PROCEDURE CFirst::Constructor(n is int)
Ancestor:Constructor(n * 2)
Trace("first")
PROCEDURE CSecond::Constructor(n is int)
CBase::Constructor(n * 3)
Trace("second")
