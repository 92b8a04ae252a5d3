// A method called on an object freed by `delete` stops before it runs, with the error a
// member read gives (decided, docs/semantics.md "Destructors and dynamic objects"): also
// a method that reads no member, one called through a variant, through
// ExecuteProcess(o, "Method"), a GLOBAL one called through the object, and one called in
// a loop on an object the loop freed. Before, a method reading no member still ran.
CThing is Class
	m_n is int
END
o is CThing dynamic = new CThing
r is CThing dynamic <- o
v is Variant = o
r.Hello() // expect: hello ran
delete o
WHEN EXCEPTION IN
	r.Hello()
DO
	Trace("1: " + ExceptionInfo(errMessage)) // expect: 1: This CThing object was freed (delete / libérer), so no reference to it can be used any more.
END
WHEN EXCEPTION IN
	v.Hello()
DO
	Trace("2: " + ExceptionInfo(errMessage)) // expect: 2: This CThing object was freed (delete / libérer), so no reference to it can be used any more.
END
WHEN EXCEPTION IN
	ExecuteProcess(r, "Hello")
DO
	Trace("3: " + ExceptionInfo(errMessage)) // expect: 3: This CThing object was freed (delete / libérer), so no reference to it can be used any more.
END
WHEN EXCEPTION IN
	r.Shared()
DO
	Trace("4: " + ExceptionInfo(errMessage)) // expect: 4: This CThing object was freed (delete / libérer), so no reference to it can be used any more.
END
RunLoop()

PROCEDURE RunLoop()
o2 is CThing dynamic = new CThing
r2 is CThing dynamic <- o2
FOR i = 1 TO 3
	r2.Hello() // expect: hello ran
	// expect: hello ran
	// expect error: This CThing object was freed
	IF i = 2 THEN delete o2
END

PROCEDURE CThing::Hello()
Trace("hello ran")

PROCEDURE GLOBAL CThing::Shared()
Trace("shared ran")
