// A built-in's result of a simple type stored into an array, which the run refuses ("A value
// of type string cannot be stored in an array."): WL110 at the variable (check was silent)
t is array of strings = fListFile("*.txt") // error: WL110:1 fListFile(...) is a string or integer: a value of type string or integer cannot be stored in 't', an array
u is array of strings
u = Upper("a") // error: WL110:1 Upper(...) is a string: a value of type string cannot be stored in 'u', an array
n is array of int = Length("abc") // error: WL110:1 Length(...) is an integer: a value of type integer cannot be stored in 'n', an array
a is associative array of string
a = Sin(1) // error: WL110:1 Sin(...) is a number: a value of type number cannot be stored in 'a', an associative array
v is array of strings = StringToArray(fListFile("*.txt"), CR)
Trace(t.Count, u.Count, n.Count, a.Count, v.Count)
