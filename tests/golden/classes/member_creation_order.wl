// A new object's members are built in declaration order, the ancestor's first: members
// with constructor arguments, without them and with computed initial values alike; then
// the constructors. When the object goes, its destructor runs, then its members' in
// declaration order (decided: docs/semantics.md, "Member creation order")
CPart is Class
	m_n is string
END
CBase is Class
	b1 is CPart("b1")
	b2 is CPart
END
CCar is Class
	inherits from CBase
	a is CPart
	b is CPart("b")
	c is an object CPart
	d is string = Traced("d")
	e is CPart()
	f is CPart("f")
END
// expect: build b1
// expect: build none
// expect: build none
// expect: build b
// expect: build none
// expect: compute d
// expect: build none
// expect: build f
// expect: car
// expect: made d
// expect: free car
// expect: free b1
// expect: free none
// expect: free none
// expect: free b
// expect: free none
// expect: free none
// expect: free f
Build()
Trace("end") // expect: end
PROCEDURE CPart::Constructor(n = "none")
:m_n = n
Trace("build " + n)
PROCEDURE CPart::Destructor()
Trace("free " + :m_n)
PROCEDURE Traced(s)
Trace("compute " + s)
RESULT s
PROCEDURE CCar::Constructor()
Trace("car")
PROCEDURE CCar::Destructor()
Trace("free car")
PROCEDURE Build()
o is CCar
Trace("made " + o.d)
