// Arrays and simple values stored into each other, which the run refuses: WL110 at the
// variable, WL116 at a parameter (they said nothing; the run stopped there)
STPoint is Structure
	x is int
END
t is array of int = [1]
a is associative array of string
n is int
s is string
p is STPoint
t = 5 // error: WL110:1 5 is an integer: a value of type integer cannot be stored in 't', an array
a = "x" // error: WL110:1 "x" is a string: a value of type string cannot be stored in 'a', an associative array
n = t // error: WL110:1 't' is an array: an array cannot be stored in 'n', a number
s = a // error: WL110:1 'a' is an associative array: an associative array cannot be stored in 's', a string
s = ["x", "y"] // error: WL110:1 [...] is an array: an array cannot be stored in 's', a string
Count(t) // error: WL116:7 't' is an array and the parameter 'k' of Count is an int: WINDEV's compiler refuses a variable of another type there
Count(p) // error: WL116:7 'p' is a STPoint (a structure) and the parameter 'k' of Count is an int: WINDEV's compiler refuses a variable of another type there
Sum(n) // error: WL116:5 'n' is an int and the parameter 'tt' of Sum is an array: a value of type int cannot be stored in an array
Sum(t)
Trace(n, s, p.x)
PROCEDURE Count(k is int)
Trace(k)
PROCEDURE Sum(tt is array of int)
Trace(tt[1])
