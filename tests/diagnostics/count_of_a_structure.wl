// Count counts an array's elements or a text's occurrences of its second parameter: a
// variable declared a structure or an object given to it stops the run ("Count expects an
// array or a string, not a value of type structure.", at the variable), as does a text or a
// number without the text to count (at Count), and the check said nothing; an array, an
// associative array and a text with the text to count are counted
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
Trace(COUNT(o, "x")) // error: WL115:13 Count expects an array, or a text and the text to count in it, as parameter 1, but 'o' is an object of class CA
PROCEDURE Counted()
Trace(Count(t), Count(a), Count("abc", "b"))
PROCEDURE Texts()
sText is string = "abc"
nNumber is int = 12
Trace(Count(sText)) // error: WL104:7 Count: give the text to count as second parameter when counting in a string, or count an array
Trace(count(nNumber)) // error: WL104:7 Count: give the text to count as second parameter when counting in a string, or count an array
Trace(Count("abc")) // error: WL104:7 Count: give the text to count as second parameter when counting in a string, or count an array
Trace(Count(sText, "b"), Count(nNumber, 1))
