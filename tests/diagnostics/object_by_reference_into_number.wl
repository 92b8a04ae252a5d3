// `n <- o` (a reference assignment) of an object or structure into a variable declared
// a number or a string: WL110 as for `n = o` (the run stops there: "A value of type
// structure cannot be used as a number."; the check said nothing); between objects `<-`
// makes a reference
CA is Class
	m_n is int
END
a is CA
b is CA dynamic
b <- a
n is int
n <- a // error: WL110:1 'a' is a CA: an object cannot be stored in 'n', a number
s is string
s <- b // error: WL110:1 'b' is a CA: an object cannot be stored in 's', a string
Trace(n, s, b.m_n)
