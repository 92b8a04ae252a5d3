// `CONSTANT X = CSub::K`, K declared in CSub's parent: the parent's K, as `CSub::K` is
// in code (decided, INFERRED: a derived class has its parent's constants); wl check
// and wl run refused it ("'CSub::K' is not declared")
CBase is Class
CONSTANT
	RATE = 20
END
END
CSub is Class
	inherits from CBase
CONSTANT
	SHARE = CBase::RATE * 2
END
END
CONSTANT
	TOTAL = CSub::RATE + 1
	DOUBLE = CSub::SHARE + CSub::RATE
END
Trace(TOTAL, DOUBLE, CSub::RATE) // expect: 21, 60, 20
