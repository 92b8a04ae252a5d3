// "..." at the end of a line continues the statement, even with a comment after it
total is int = 1 + ... // first part
	2 + ...
	3
Trace(total) // expect: 6
Trace("a", ... // arguments on two lines
	"b") // expect: a, b
