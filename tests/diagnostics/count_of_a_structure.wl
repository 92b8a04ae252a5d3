// Count counts an array's elements or a text's occurrences of its second parameter: a
// variable declared a structure or an object given to it stops the run ("Count: give the
// text to count...", "StringCount expects a string, not a value of type structure."),
// and the check said nothing; an array, an associative array and a text are counted
STPoint is Structure
	x is int
END
CA is Class
	n is int
END
s is STPoint
o is CA
t is array of int
a is associative array of int
PROCEDURE One()
Trace(Count(s)) // error: WL115:13 Count expects an array, or a text and the text to count in it, as parameter 1, but 's' is a structure (STPoint)
PROCEDURE Two()
Trace(COUNT(o, "x")) // error: WL115:13 COUNT expects an array, or a text and the text to count in it, as parameter 1, but 'o' is a structure (CA)
PROCEDURE Counted()
Trace(Count(t), Count(a), Count("abc", "b"))
