// A method called on an empty variant (never assigned, given Null, `<- Null`) gives
// what the function form gives for the same value: `v.Length()` is 0 as Length(v) is
// (docs/semantics.md "Methods on an empty variant"). It stopped the run ("Unknown method
// 'Length' for a value of type Null").
v is Variant
Trace(Size(v))   // expect: 0
Trace(v.Length(), Length(v), v.LENGTH())   // expect: 0, 0, 0
Trace("[" + v.Upper() + "]", "[" + v.lower() + "]", "[" + v.NoSpace() + "]")   // expect: [], [], []
Trace(v.Length = Null)   // expect: 1
Trace(v.a.b.Length())   // expect: 0
w is Variant = "abc"
w = Null
Trace(w.Length(), "[" + w.Upper() + "]")   // expect: 0, []
r is Variant <- Null
Trace(r.Length(), r.Length() = Length(r))   // expect: 0, 1
Trace(Measure(Null))   // expect: 0
v = "hello"
Trace(v.Length(), v.Upper())   // expect: 5, HELLO
// a method whose bare name takes no value (Today) is the date's: it said "Today expects 0"
vDay is variant
WHEN EXCEPTION IN
	Trace(vDay.ToDay())
DO
	Trace(ExceptionInfo())   // expect: ToDay: the date is empty.
END
Trace(r.NotABuiltin())   // expect error: Unknown method 'NotABuiltin' for a value of type Null

PROCEDURE Measure(p)
RESULT p.Length()

PROCEDURE Size(p is Variant)
RESULT p.Length()
