// ArrayCount / .Count / ..Occurrence on associative arrays: empty, keys one by case with
// ccIgnoreCase, one element per write WithDuplicates, after a deletion; FOR EACH v, k
// gives value and key and does not run on an empty array
e is associative array of int
Trace(ArrayCount(e), e.Count, e..Occurrence) // expect: 0, 0, 0
FOR EACH v, k OF e
	Trace("never")
END
c is associative array (ccIgnoreCase) of int
c["a"] = 1
c["A"] = 2
Trace(ArrayCount(c), c["a"]) // expect: 1, 2
d is associative array (WithDuplicates) of int
ArrayAdd(d, "k", 1)
ArrayAdd(d, "k", 2)
Trace(ArrayCount(d), d.Count()) // expect: 2, 2
t is associative array (*, *, wlInt) of string
t[10] = "ten"
t[20] = "twenty"
ArrayDelete(t, 10)
Trace(ArrayCount(t)) // expect: 1
FOR EACH v, k OF t
	Trace(k, v) // expect: 20, twenty
END
// an associative array of dynamic objects: each element Null until `new`
CCustomer is Class
	name is string
END
byId is associative array (*, *, wlInt) of CCustomer dynamic
byId[7] = new CCustomer
byId[7].name = "Zoé"
Trace(ArrayCount(byId), byId[7].name) // expect: 1, Zoé
