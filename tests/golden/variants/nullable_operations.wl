// Operations on a nullable value that is Null (Allowing nullable types, ?1511031: the
// stored page names its sections "Arithmetic operations" and "Comparison operations"
// without their text; the rules are INFERRED, docs/semantics.md "Nullable values in
// operations"): a calculation with a Null operand is Null, an order comparison with it
// is False, and Null is equal to Null only (not to 0). A Variant's Null keeps the older
// rule (0 in a calculation), and Null stored into a type without `?` is 0.
i is int?
j is int? = i + 1
Trace(j = Null, (i * 2 + 1) = Null, -i = Null) // expect: 1, 1, 1
Trace(i < 3, i >= 3, i = 0, i <> 0, i = Null, i <> Null) // expect: 0, 0, 0, 1, 1, 0
k is int = i + 1
Trace(k) // expect: 0
v is Variant = i / 2
Trace(v = Null, v ?? "none") // expect: 1, none
n is int? = Null
Trace(i = n, (i + 1) ?? 10) // expect: 1, 10
i = 4
j = i + 1
Trace(j, i < 5, i = 4, i = n) // expect: 5, 1, 1, 0
t is array of int?
Add(t, Null)
Add(t, 7)
Trace(t[1] + 1 = Null, t[2] + 1, t[1] > 0) // expect: 1, 8, 0
r is real? = Null
Trace((r * 1.5) = Null) // expect: 1
vOld is Variant = Null
Trace(vOld + 1, vOld = 0) // expect: 1, 1
// x += y, x -= y and x++ are x = x + y: Null stays Null (they stored 2 and 1)
m is int? = Null
m += 2
m++
s is string? = Null
s += "a"
t[1]++
Trace(m = Null, s = Null, t[1] = Null) // expect: 1, 1, 1
