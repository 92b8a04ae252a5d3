// `aa2 <= aa` between associative arrays copies aa's elements into aa2 as between arrays
// (?1515003 "Assignment by copy on the arrays"): aa2 holds aa's keys and values in their
// order, each converted to aa2's element type; aa2 stays the same associative array (a
// reference taken with `<-` sees the copy), and changing aa afterwards leaves aa2 alone.
// Decided (docs/semantics.md "Homonymous copy of associative arrays"); it stopped: "'<='
// needs two structures, objects or arrays".
prices is associative array of int
prices["apple"] = 3
prices["pear"] = 5
copied is associative array of string
copied["old"] = "x"
alias is associative array of string
alias <- copied
copied <= prices
Trace(copied.Count, copied["apple"], copied["pear"] + "!", alias.Count)   // expect: 2, 3, 5!, 2
FOR EACH v, k OF copied
	Trace(k, v)
END
// expect: apple, 3
// expect: pear, 5
prices["apple"] = 99
Trace(copied["apple"], copied["old"]..Exist)   // expect: 3, 0
points is associative array of Point
p is Point
p.X = 1
points["a"] = p
others is associative array of Point
others <= points
others["a"].X = 7
Trace(points["a"].X, others["a"].X)   // expect: 1, 7
t is array of int
t <= prices // expect error: '<=' (homonymous copy) needs two structures, objects, arrays or associative arrays; got array and associative array.

Point is Structure
	X is int
END
