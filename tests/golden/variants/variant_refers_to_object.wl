// A Variant given an object refers to it (decided, docs/semantics.md "A Variant refers
// to the object stored in it": the Variant type's page ?1514019 says a variant stores
// "classes" without saying how; wlinterp had decided a variant holds a reference, as a
// dynamic object does, but copied an object of a class without a destructor). A
// structure stored into a variant is still a copy. `o2 is CPoint = v` fills o2's own
// object, as `b = a` between two object variables does.
CPoint is Class
	x is int
END
STPair is Structure
	a is int
END
o is CPoint
o.x = 1
v is Variant = o
v.x = 2
v2 is Variant
v2 = o
v2.x = 3
v3 is Variant
v3 <- o
v3.x = 4
Trace(o.x) // expect: 4
t is array of Variant
Add(t, o)
t[1].x = 5
t[1] = o
t[1].x = 6
Trace(o.x) // expect: 6
Bump(o)
BumpLocal(o)
Trace(o.x) // expect: 17
v4 is Variant = v
v4.x = 20
Trace(o.x, v.x) // expect: 20, 20
o2 is CPoint = v
o2.x = 99
Trace(o.x, o2.x) // expect: 20, 99
o.x = 7
Trace(v.x, t[1].x) // expect: 7, 7
st is STPair
st.a = 1
vs is Variant = st
vs.a = 2
Trace(st.a, vs.a) // expect: 1, 2

PROCEDURE Bump(p is Variant)
p.x++

PROCEDURE BumpLocal(LOCAL p is Variant)
p.x += 10
