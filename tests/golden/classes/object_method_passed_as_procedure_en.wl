// Another object's method named `o.Method` where a procedure is taken, a variable declared
// `is procedure` or a procedure's parameter declared so, is a reference to that method bound
// to o, as `:Method` is to the current object: calling it runs the method on o, found on
// o's own class as `o.Method()` would be (INFERRED, docs/semantics.md "Routines named
// without parentheses"). It was the call `o.Method()` without arguments: "Show expects 1
// parameter(s) but received 0", and the run stopped.
CGreeter is a Class
	name is string
END
CLoud is a Class
	inherits from CGreeter
END
CDesk is a Class
	greeter is CGreeter
END

a is CGreeter
a.name = "Ann"
p is procedure = a.Show
p("hello") // expect: Ann says hello
Run(a.Show) // expect: Ann says run
Run(a.Reset)
Trace(a.name) // expect: (run)
d is CGreeter dynamic = new CLoud
d.name = "Bob"
Run(d.Show) // expect: BOB SAYS RUN
desk is CDesk
desk.greeter.name = "Cy"
q is procedure = desk.greeter.Show
q("hi") // expect: Cy says hi

PROCEDURE Run(pp is procedure)
pp("run")
PROCEDURE CGreeter::Show(s is string)
Trace(:name + " says " + s)
PROCEDURE CGreeter::Reset(s is string)
:name = "(" + s + ")"
PROCEDURE CLoud::Show(s is string)
Trace(Upper(:name + " says " + s))
