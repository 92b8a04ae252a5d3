// arithmetic on a composite variable is certainly an error (WL113); text and numbers convert
STRUCTURE SPoint
	x is int
END
p is SPoint
t is array of int
a is associative array of string
n is int = 2
s is string = "3"
Trace(p + 1) // error: WL113:7 'p' is a structure (SPoint): it cannot be an operand of '+'
Trace(n * t) // error: WL113:11 't' is an array: it cannot be an operand of '*'
Trace(-p) // error: WL113:8 'p' is a structure (SPoint): it cannot be an operand of '-'
a += 1 // error: WL113:1 'a' is an associative array: it cannot be an operand of '+='
Trace(n + s, s * 2, p.x + 1, ArrayCount(t))
