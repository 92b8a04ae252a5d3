// An object of a class whose constructor is PRIVATE (or PROTECTED) created outside the
// class (?6010001: "PRIVATE: The constructor is accessible in the class only"): WL112;
// it was created, the constructor run from outside. Inside the class (a GLOBAL method
// making one), and a derived class's object for a PROTECTED one, are allowed.
CA is Class
	n is int
END
CB is Class
	m is int
END
CC is Class
	inherits from CB
END
o is CA // error: WL112:1 the constructor of CA is private: only its own methods can create an object of it
q is dynamic CA
q = new CA // error: WL112:5 the constructor of CA is private: only its own methods can create an object of it
r is CB // error: WL112:1 the constructor of CB is protected: only its methods and those of its derived classes can create an object of it
s is CC
t is dynamic CA = CA.Make()
Trace(o.n, q.n, r.m, s.m, t.n)
PROCEDURE PRIVATE CA::Constructor()
n = 1
PROCEDURE GLOBAL CA::Make()
x is dynamic CA = new CA
RESULT x
PROCEDURE PROTECTED CB::Constructor()
m = 2
