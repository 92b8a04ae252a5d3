// Max and Min refuse a structure or an object among their values, wherever it stands:
// Max(1, p) gave 1, the structure silently left out, while Min(p, 2) stopped (only
// the answer was looked at). Numbers, texts and arrays of them are compared as before.
STPoint is Structure
	nX is int
END
p is STPoint
t is array of int = [4, 9]
Trace(Max(1, 5, 3), Min("b", "a"), Max(t), Max(1, t))
// expect: 5, a, 9, 9
Trace(Max(1, p)) // expect error: Max expects numbers or strings, not STPoint (a structure).
