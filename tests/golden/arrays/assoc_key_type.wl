// Associative arrays: the key type of the declaration, `(options, default, key type)`:
// wlInt makes every key an integer, wlString a string (docs/semantics.md "Arrays").
a is associative array (*, *, wlInt) of string
a["1"] = "one"
a[2] = "two"
Trace(a[1], a["2"], a..Occurrence)   // expect: one, two, 2
FOR EACH v, k OF a
    Trace(k + 1, v)
END
// expect: 2, one
// expect: 3, two
c is associative array (ccIgnoreCase, 5, wlString) of int
c["A"] += 1
c[7] = 1
Trace(c["a"], c["7"])   // expect: 6, 1
