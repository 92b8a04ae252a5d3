// Min and Max with a Null argument give Null, as arithmetic on a nullable does (decided,
// docs/semantics.md "Nullable values in operations": they stopped the run with "Null
// cannot be ordered").
i is int? = Null
Trace(Max(i, 3) = Null, Min(i, 3) = Null, Min(3, 1, i) = Null)   // expect: 1, 1, 1
i = 7
Trace(Max(i, 3), Min(i, 3))   // expect: 7, 3
t is array of int? = [4, Null, 2]
Trace(Min(t) = Null)   // expect: 1
n is int = Max(Null, 5)
Trace(n)   // expect: 0
