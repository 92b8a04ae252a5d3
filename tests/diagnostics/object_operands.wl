// An object of a class used as an operand, compared with a number or a text, or given to
// a built-in's text parameter is named as an object of its class (the run says "CA (an
// object)"), not as a structure; a structure is still a structure
CA is Class
	n is int
END
STPoint is Structure
	x is int
END
o is CA
p is STPoint
n is int = 2
PROCEDURE Arithmetic()
Trace(o + 1) // error: WL113:7 'o' is an object of class CA: it cannot be an operand of '+'
Trace(p * 2) // error: WL113:7 'p' is a structure (STPoint): it cannot be an operand of '*'
PROCEDURE Compared()
IF o = n THEN Trace(1) // error: WL114:4 'o' is an object of class CA: it cannot be compared with a number ('=')
PROCEDURE Given()
Trace(Upper(o)) // error: WL115:13 Upper expects a string, not a value of type CA (an object)
PROCEDURE Members()
Trace(o.n + 1, p.x * 2)
