// t.Contains(v): every function is a method of its first parameter, so Contains reaches
// the array; True when an element is `=` to the value (INFERRED: PC SOFT's array
// functions have no ArrayContains; docs/builtins.md "Contains on an array")
t is array of int = [3, 1, 2]
Trace(t.Contains(3)) // expect: 1
Trace(t.Contains(5)) // expect: 0
Trace(Contains(t, 2)) // expect: 1
Trace(t.Contains("3")) // expect: 1
s is array of strings = ["Anne", "Bob"]
Trace(s.Contains("anne")) // expect: 0
Trace(s.Contains("anne", ccIgnoreCase)) // expect: 1
a is associative array of int
a["x"] = 4
Trace(a.Contains(4)) // expect: 1
Trace(a.Contains(5)) // expect: 0
// still the string function on a string
Trace("abc".Contains("b")) // expect: 1
