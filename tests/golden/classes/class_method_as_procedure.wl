// `CClass::Method` named without the arguments it needs is a reference to the method, as
// a procedure's name is: built-ins taking a procedure (ArraySort's asFunction, <Array>.Sort,
// Filter, Map, Reduce) call it, on its class (docs/semantics.md "Routines named without
// parentheses"); one that needs none is still called
CMath is Class
	GLOBAL
		s_calls is int
END
t is array of int = [3, 1, 2, 5]
ArraySort(t, asFunction, CMath::Desc)
Trace(ArrayToString(t, ",")) // expect: 5,3,2,1
t.Sort(asFunction, CMath::Asc)
Trace(ArrayToString(t, ",")) // expect: 1,2,3,5
odd is array of int = Filter(t, CMath::IsOdd)
Trace(ArrayToString(odd, ",")) // expect: 1,3,5
twice is array of int = Map(t, CMath::Twice)
Trace(ArrayToString(twice, ",")) // expect: 2,4,6,10
Trace(Reduce(t, CMath::Add, 0)) // expect: 11
p is procedure = CMath::Twice
Trace(p(21)) // expect: 42
Trace(CMath::Calls) // expect: Desc was called
PROCEDURE GLOBAL CMath::Desc(a, b)
CMath::s_calls++
RESULT b - a
PROCEDURE GLOBAL CMath::Asc(a, b)
RESULT a - b
PROCEDURE GLOBAL CMath::IsOdd(x)
RESULT x % 2 = 1
PROCEDURE GLOBAL CMath::Twice(x)
RESULT 2 * x
PROCEDURE GLOBAL CMath::Add(acc, x)
RESULT acc + x
PROCEDURE GLOBAL CMath::Calls()
IF CMath::s_calls > 0 THEN RESULT "Desc was called"
RESULT "never"
