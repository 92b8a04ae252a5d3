// Associative arrays: an element changed before it exists is created first (with the
// declared default value, else the element type's), WithDuplicates and the default
// value of the declaration (docs/semantics.md "Arrays").
m is associative array of int
m["a"] += 1
m["a"] += 1
m["b"]++
m["c"] -= 3
Trace(m["a"], m["b"], m["c"], m..Occurrence)   // expect: 2, 1, -3, 3
// Writing inside an element that does not exist yet creates it
ST_P is Structure
    name is string
    n is int
END
ps is associative array of ST_P
ps["a"].name = "Ann"
ps["a"].n += 2
Trace(ps["a"].name, ps["a"].n, ps..Occurrence)   // expect: Ann, 2, 1
m3 is associative array of associative array of associative array of int
m3["x"]["y"]["z"] = 9
m3["x"]["y"]["w"] += 1
Trace(m3["x"]["y"]["z"], m3["x"]["y"]["w"], m3["x"]..Occurrence)   // expect: 9, 1, 1
ts is associative array of array of int
Add(ts["k"], 4)
Add(ts["k"], 5)
Trace(ts["k"][2], ArrayCount(ts["k"]))   // expect: 5, 2
// A default value: what reading a missing key gives (nothing is created by a read)
s is associative array (*, "none") of string
Trace(s["x"], s..Occurrence)   // expect: none, 0
s["x"] += "!"
Trace(s["x"], s..Occurrence)   // expect: none!, 1
// WithDuplicates: each write adds an element; a read gives the first one written
d is associative array (ccIgnoreCase + WithDuplicates, -1) of int
d["A"] = 1
d["a"] = 2
d["b"] = 3
Trace(d["zz"], ArrayCount(d), d["a"], d..Occurrence)   // expect: -1, 3, 1, 3
FOR EACH x, k OF d
    Trace(k, x)
END
// expect: A, 1
// expect: A, 2
// expect: b, 3
ArrayDelete(d, "a")   // every element of that key
Trace(ArrayCount(d), d["a"])   // expect: 1, -1
// Without a default value, reading a missing key gives the element type's default
Trace(m["zz"], m..Occurrence)   // expect: 0, 3
