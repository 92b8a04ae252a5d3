// `=` into a member or an element declared an array makes it designate the source's
// array, as between two array variables (Assignment operators ?1515003: "the destination
// array is a reference to the source array"; extended to members and elements, INFERRED:
// docs/semantics.md); another element type still gets a copy (each element converted),
// `<=` copies, and copying the structure that holds the member copies its array
STOrder is Structure
    lines is array of int
END
CBasket is Class
    m_items is array of string
END
t is array of int = [1, 2]
o is STOrder
o.lines = t
ArrayAdd(o.lines, 3)
Trace(ArrayCount(t), ArrayCount(o.lines)) // expect: 3, 3
t2 is array of int
t2 = o.lines
t2[1] = 10
Trace(t[1]) // expect: 10
o2 is STOrder = o
ArrayAdd(o2.lines, 4)
Trace(ArrayCount(o.lines), ArrayCount(o2.lines)) // expect: 3, 4
b is CBasket
names is array of string = ["a"]
b.Keep(names)
ArrayAdd(names, "b")
Trace(ArrayCount(b.m_items)) // expect: 2
tt is array of 2 arrays of int
tt[1] = t
ArrayAdd(tt[1], 9)
Trace(ArrayCount(t), ArrayCount(tt[1])) // expect: 4, 4
m is associative array of arrays of int
m["k"] = t
ArrayDelete(t, 1)
Trace(ArrayCount(m["k"])) // expect: 3
orders is array of STOrder
ArrayAdd(orders, o)
orders[1].lines = t
ArrayAdd(t, 11)
Trace(ArrayCount(orders[1].lines)) // expect: 4
other is STOrder
other.lines <= t
ArrayAdd(t, 12)
Trace(ArrayCount(other.lines), ArrayCount(t)) // expect: 4, 5
reals is array of real = [1.5, 2.7]
other.lines = reals
ArrayAdd(reals, 3)
Trace(ArrayCount(other.lines), other.lines[1], other.lines[2]) // expect: 2, 1, 2
ti is array of int = reals
Trace(ti[3] + ti[2]) // expect: 5

PROCEDURE CBasket::Keep(src is array of string)
m_items = src
