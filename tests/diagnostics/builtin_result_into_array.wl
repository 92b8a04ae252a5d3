// A built-in's result of a simple type stored into an array, which the run refuses ("A value
// of type string cannot be stored in an array."), or into a structure or an object ("... in the
// structure STPoint."): WL110 at the variable (check was silent)
STPoint is Structure
	x is int
END
CA is Class
	n is int
END
p is STPoint = fLoadText("a.txt") // error: WL110:1 fLoadText(...) is a string: a value of type string cannot be stored in 'p', a STPoint (structure)
o is CA
o = Length("abc") // error: WL110:1 Length(...) is an integer: a value of type integer cannot be stored in 'o', a CA (class)
Trace(p.x, o.n)
q is STPoint = fListFile("*.txt") // error: WL110:1 fListFile(...) is a string: a value of type string cannot be stored in 'q', a STPoint (structure)
Trace(q.x)
t is array of strings = fListFile("*.txt") // error: WL110:1 fListFile(...) is a string: a value of type string cannot be stored in 't', an array
u is array of strings
u = Upper("a") // error: WL110:1 Upper(...) is a string: a value of type string cannot be stored in 'u', an array
n is array of int = Length("abc") // error: WL110:1 Length(...) is an integer: a value of type integer cannot be stored in 'n', an array
a is associative array of string
a = Sin(1) // error: WL110:1 Sin(...) is a number: a value of type number cannot be stored in 'a', an associative array
v is array of strings = StringToArray(fListFile("*.txt"), CR)
Trace(t.Count, u.Count, n.Count, a.Count, v.Count)
