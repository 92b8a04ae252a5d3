// A variant holding sub-elements as text, reads of sub-elements never written, Add into
// a sub-element never written, and variant parameters filled by the procedure called
// (docs/semantics.md "Variant sub-elements").
v is Variant
v.a = 1
v.b.c = "x"
v.t[2] = 5
Trace(v)   // expect: {"a":1,"b":{"c":"x"},"t":[null,5]}
Info(v.b)   // expect: {"c":"x"}
s is string = v.t
Trace(s)   // expect: [null,5]
// Reading what was never written gives Null, at any depth
e is Variant
Trace(e.name = Null, e.a.b = Null, e[3] = Null, v.t[9] = Null, v.b.q.r = Null)   // expect: 1, 1, 1, 1, 1
// Add / ArrayAdd / ArrayInsert create the sub-element as an array
w is Variant
Add(w.list, 5)
ArrayAdd(w.list, 6)
ArrayInsert(w.LIST, 1, 4)
Trace(w.list[1], w.list[3], w.list..Occurrence)   // expect: 4, 6, 3
Add(w.deep.items, "z")
Trace(VariantToJSON(w))   // expect: {"list":[4,5,6],"deep":{"items":["z"]}}
// An untyped or Variant parameter is the caller's variable: what the procedure writes
// into its sub-elements reaches the caller, even when the variant was empty
x is Variant
Fill(x)
Trace(x.filled, x.sub.k, x.tags[1])   // expect: 42, 3, t
y is Variant
FillTyped(y)
Trace(y.n)   // expect: 43
Fill(v)
Trace(v.a, v.filled)   // expect: 1, 42

// The caller's array stays the same array (nothing replaced by a copy of itself)
t is array of int = [1, 2]
r is array of int <- t
SetFirst(t)
Trace(t[1], r[1])   // expect: 9, 9
ST_Holder is Structure
    items is array of int
END
h is ST_Holder
Add(h.items, 1)
r2 is array of int <- h.items
SetFirst(h.items)
Trace(h.items[1], r2[1])   // expect: 9, 9

PROCEDURE Fill(p)
p.filled = 42
p.sub.k = 3
Add(p.tags, "t")

PROCEDURE FillTyped(p is Variant)
p.n = 43

PROCEDURE SetFirst(p)
p[1] = 9
