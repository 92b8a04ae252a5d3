// A compound assignment is the operation written out ("Arithmetic operators" ?1512008:
// "j += 3 is equivalent to j = j + 3"), also where the value added is a nullable that
// is Null (decided, docs/semantics.md "Compound assignments with a Null operand"):
// the sum is Null, stored as the target's own empty value when the target has no `?`
// (an int, a real, a currency: 0; a string: ""), and as Null in an `int?` or a Variant.
// Before, `i += n` left i unchanged while `i = i + n` gave 0.
STC is Structure
	nQty is int
	sName is string
END
n is int? = Null
s2 is string? = Null
i is int = 5
i += n
j is int = 5
j = j + n
Trace(i, j) // expect: 0, 0
i = 7
i -= n
Trace(i) // expect: 0
r is real = 2.5
r += n
c is currency = 3.25
c -= n
Trace(r, c) // expect: 0, 0
s is string = "ab"
s += s2
s3 is string = "ab"
s3 = s3 + s2
Trace("[" + s + "]", "[" + s3 + "]") // expect: [], []
st is STC
st.nQty = 5
st.nQty += n
st.sName = "x"
st.sName += s2
Trace(st.nQty, "[" + st.sName + "]") // expect: 0, []
t is array of int = [1, 2]
t[2] += n
Trace(t[2]) // expect: 0
k is int? = 4
k += n
k2 is int? = 4
k2 = k2 + n
Trace(k = Null, k2 = Null) // expect: 1, 1
v is Variant = 4
v += n
Trace(v = Null, TypeVar(v) = wlNull) // expect: 1, 1
// A value that is not Null adds as before
n = 3
i = 5
i += n
s2 = "c"
s += s2
Trace(i, s) // expect: 8, c
