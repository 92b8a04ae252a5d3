// Clone ?1000024843's "Operating mode": a new instance of the class, its constructor run
// without parameters, then the members copied one by one as `=` copies them (a dynamic
// object member is the same object), `<Copy=False>` leaving a member as the constructor
// made it, `<Copy=Clone>` cloning the object it holds. The values are ours (the page's
// rest is not stored); the errors' words are decided (docs/builtins.md "Clone").
CPart is Class
	sRef is string
END
CMachine is Class
	sName is string
	nBuilt is int <Copy=False>
	oShared is CPart dynamic
	oOwn is CPart dynamic <Copy=Clone>
	tLog is array of strings
END
m is CMachine // expect: constructor
m.sName = "press"
m.nBuilt = 1
m.oShared = new CPart
m.oOwn = new CPart
m.oOwn.sRef = "A"
Add(m.tLog, "made")
c is CMachine dynamic = Clone(m) // expect: constructor
Trace(c.sName, c.nBuilt, c.oOwn.sRef) // expect: press, 99, A
c.oShared.sRef = "shared"
c.oOwn.sRef = "B"
Add(c.tLog, "cloned")
Trace(m.oShared.sRef, m.oOwn.sRef, ArrayCount(m.tLog)) // expect: shared, A, 1
n is CMachine dynamic
WHEN EXCEPTION IN
	Clone(n)
DO
	Trace(ExceptionInfo(errMessage)) // expect: Clone: the object is Null: there is no object to clone (a dynamic object is Null until new or an assignment gives it one).
END
STPoint is Structure
	x is int
END
p is STPoint
WHEN EXCEPTION IN
	Clone(p)
DO
	Trace(ExceptionInfo(errMessage)) // expect: Clone copies an object of a class, not a structure.
END

PROCEDURE CMachine::Constructor()
nBuilt = 99
Trace("constructor")
