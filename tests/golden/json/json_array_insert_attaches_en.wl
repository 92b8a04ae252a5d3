// ArrayInsert into a member never written makes it an array of the JSON, as ArrayAdd
// does (the value was lost: Trace showed {}); the function's and the method's forms,
// and the other kinds of array it inserts into keep their behaviour
j is JSON
r is int = ArrayInsert(j.items, 1, "x")
Trace(r, j) // expect: 1, {"items":["x"]}
k is JSON
k.items.Insert(1, "y")
Trace(k) // expect: {"items":["y"]}
m is JSON
ArrayAdd(m.list, "a")
ArrayInsert(m.list, 1, "b")
Trace(m) // expect: {"list":["b","a"]}
t is array of int = [1, 2]
ArrayInsert(t, 2, 9)
Trace(ArrayToString(t, ",")) // expect: 1,9,2
v is Variant = [1]
ArrayInsert(v, 1, 5)
Trace(v) // expect: [5,1]
aa is associative array of int
ArrayInsert(aa, "k", 4)
Trace(aa["k"]) // expect: 4
