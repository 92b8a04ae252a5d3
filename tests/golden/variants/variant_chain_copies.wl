// A Variant re-assigned in a loop to build a chain (`w.child = v`, `v = w`), then copied:
// every copy stays a copy, whatever it holds and however deep the change, and a value
// designated before a copy (an array, a parameter, a FOR EACH variable) is the original's
// (docs/semantics.md "Variant sub-elements": what a copy that shares must still give).
STNode is Structure
    n is int
    child is Variant
    tags is array of string
END
STLeaf is Structure
    arr is array of int
END
STMid is Structure
    leaf is STLeaf
END
STTop is Structure
    mid is STMid
END
CNode is Class
    name is string
    inner is Variant
END
v is Variant
FOR i = 1 TO 150
    w is STNode
    w.n = i
    ArrayAdd(w.tags, "t" + i)
    w.child = v
    v = w
END
Trace(v.n, v.child.n, v.child.child.child.n, v.child.child.child.tags[1])   // expect: 150, 149, 147, t147
depth is int = 0
c is Variant = v
WHILE c.n > 0
    depth++
    c = c.child
END
Trace(depth)   // expect: 150
// a copy changed deep down: the original keeps its values, and the other way round
copy1 is Variant = v
copy1.child.child.child.n = -1
ArrayAdd(copy1.child.child.child.tags, "added")
Trace(v.child.child.child.n, ArrayCount(v.child.child.child.tags))   // expect: 147, 1
v.child.child.child.child.n = -2
Trace(copy1.child.child.child.child.n, v.child.child.child.child.n)   // expect: 146, -2
// a structure passed by reference after a copy: still the original's own
Renumber(v.child.child.child.child.child)
Trace(v.child.child.child.child.child.n, copy1.child.child.child.child.child.n)   // expect: 1000, 145
// nested Variant sub-elements
a is Variant
a.x.y.z = 1
b is Variant = a
b.x.y.z = 2
a.x.y.w = 3
Trace(a.x.y.z, b.x.y.z, a.x.y.w, b.x.y.w..Exist)   // expect: 1, 2, 3, 0
// an array of arrays, an associative array, an object and a JSON held two levels down
t is array of array of int
ArrayAdd(t, [1, 2])
aa is associative array of Variant
aa["k"].m.n = 1
o is CNode
o.inner.deep.x = 1
j is JSON
j.a.b.c = 1
holder is Variant
holder.box.t = t
holder.box.aa = aa
holder.box.o = o
holder.box.j = j
other is Variant = holder
other.box.t[1][1] = 50
other.box.aa["k"].m.n = 2
other.box.o.inner.deep.x = 2
other.box.j.a.b.c = 2
Trace(holder.box.t[1][1], holder.box.aa["k"].m.n, holder.box.o.inner.deep.x, holder.box.j.a.b.c)   // expect: 1, 1, 1, 1
Trace(other.box.t[1][1], other.box.aa["k"].m.n, other.box.o.inner.deep.x, other.box.j.a.b.c)   // expect: 50, 2, 2, 2
holder.box.t[1][2] = 60
Trace(other.box.t[1][2], holder.box.t[1][2], t[1][2])   // expect: 2, 60, 2
// the elements of a shared array walked by FOR EACH and changed: the copy keeps its own
list is Variant
FOR i = 1 TO 3
    e is STNode
    e.n = i
    list.items[i] = e
END
snapshot is Variant = list
FOR EACH e2 OF list.items
    e2.n = e2.n * 10
END
Trace(list.items[3].n, snapshot.items[3].n)   // expect: 30, 3
// an array designated before a copy, three levels down, changed after it
top is STTop
ArrayAdd(top.mid.leaf.arr, 1)
alias is array of int = top.mid.leaf.arr
snap is STTop = top
ArrayAdd(alias, 2)
Trace(ArrayCount(snap.mid.leaf.arr), ArrayCount(top.mid.leaf.arr))   // expect: 1, 2
holder2 is Variant = top
ArrayAdd(alias, 3)
Trace(ArrayCount(holder2.mid.leaf.arr), ArrayCount(snap.mid.leaf.arr), ArrayCount(top.mid.leaf.arr))   // expect: 2, 1, 3
// a parameter given by reference, changed after a copy of what holds it
Trace(CopyThenChange(top.mid.leaf, top), ArrayCount(top.mid.leaf.arr))   // expect: 3, 4
// a FOR EACH variable on an array three levels down, changed after a copy
FOR EACH x OF top.mid.leaf.arr
    during is STTop = top
    x = x * 10
    Trace(x, during.mid.leaf.arr[1])   // expect: 10, 1
    BREAK
END
Trace(top.mid.leaf.arr[1], snap.mid.leaf.arr[1])   // expect: 10, 1

PROCEDURE CopyThenChange(node is STLeaf, whole is STTop)
    kept is STTop = whole
    ArrayAdd(node.arr, 9)
    RESULT ArrayCount(kept.mid.leaf.arr)

PROCEDURE Renumber(node is STNode)
    node.n = 1000
