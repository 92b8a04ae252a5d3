// `delete a` frees an object held by a variable named a (a word the lexer also reads as
// the article of `is a`): it was a syntax error ("unexpected 'a'").
CPoint is Class
	x is int
END
a is CPoint dynamic = new CPoint
b is CPoint dynamic = new CPoint
delete a
delete b
Trace(a = Null, b = Null) // expect: 1, 1
