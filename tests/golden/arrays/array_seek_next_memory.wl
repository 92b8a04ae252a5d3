// ArraySeek with asLinearNext / asLinearPrevious and no start index goes on after
// (before) the array's last match, as WINDEV Mobile's runtime keeps it per array
// (docs/builtins.md "ArraySeek's memory of the last match"): a new array starts at 1,
// a failed search forgets it, ArrayDeleteAll and a copy (<=) start again at 1.
t is array of int = [7, 5, 7, 9, 7]
Trace(ArraySeek(t, asLinearFirst, 7))       // expect: 1
Trace(ArraySeek(t, asLinearNext, 7))        // expect: 3
Trace(ArraySeek(t, asLinearNext, 7))        // expect: 5
Trace(ArraySeek(t, asLinearNext, 7))        // expect: -1
Trace(ArraySeek(t, asLinearNext, 7))        // expect: 1
Trace(ArraySeek(t, asLinearLast, 7))        // expect: 5
Trace(ArraySeek(t, asLinearPrevious, 7))    // expect: 3
Trace(t.Seek(asLinearPrevious, 7))          // expect: 1
Trace(ArraySeek(t, asLinearPrevious, 7))    // expect: -1
Trace(ArraySeek(t, asLinearPrevious, 7))    // expect: -1
Trace(ArraySeek(t, asLinearNext, 9, 1))     // expect: 4
Trace(ArraySeek(t, asLinearNext, 7))        // expect: 5
// a new array's memory is 1: the first asLinearNext starts at the second element
u is array of int = [7, 7]
Trace(ArraySeek(u, asLinearNext, 7))        // expect: 2
ArrayDeleteAll(u)
ArrayAdd(u, 7)
ArrayAdd(u, 7)
ArrayAdd(u, 7)
Trace(ArraySeek(u, asLinearNext, 7))        // expect: 2
Trace(ArraySeek(u, asLinearNext, 7))        // expect: 3
// a copy (<=) starts at 1; u keeps its own memory (3)
v is array of int
v <= u
Trace(ArraySeek(v, asLinearNext, 7))        // expect: 2
Trace(ArraySeek(u, asLinearPrevious, 7))    // expect: 2
// the member form keeps the same memory
P is Structure
	Name is string
END
tp is array of P
p is P
p.Name = "Ann"
ArrayAdd(tp, p)
p.Name = "Bob"
ArrayAdd(tp, p)
p.Name = "Ann"
ArrayAdd(tp, p)
Trace(ArraySeek(tp, asLinearFirst, "Name", "Ann"))   // expect: 1
Trace(ArraySeek(tp, asLinearNext, "Name", "Ann"))    // expect: 3
Trace(ArraySeek(tp, asLinearNext, "Name", "Ann"))    // expect: -1
