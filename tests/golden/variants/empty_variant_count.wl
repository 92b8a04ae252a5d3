// `v.Count()` and `Count(v)` on an empty variant are 0: it has no element (decided,
// docs/semantics.md "Methods on an empty variant"); both stopped ("Count: give the text
// to count..."). A text still needs what to count. A value method on a receiver whose
// type the code does not tell (a function's result) gives what it gives on an empty
// variant: `F().EndsWith("a")` is False where it stopped ("Unknown method 'EndsWith' for a
// value of type Null").
v is Variant = Null
Trace(v.Count(), Count(v), v.COUNT())   // expect: 0, 0, 0
v = [4, 5]
Trace(v.Count(), Count(v))   // expect: 2, 2
w is Variant = Null
Trace(w.Count() + 1)   // expect: 1
Trace(Nothing().EndsWith("a"), Nothing().Length(), "[" + Nothing().Upper() + "]")   // expect: 0, 0, []
Trace(Word().EndsWith("a"))   // expect: 1
Trace(Count("abc")) // expect error: Count: give the text to count as second parameter when counting in a string, or count an array.

PROCEDURE Nothing()
RESULT Null

PROCEDURE Word()
RESULT "data"
