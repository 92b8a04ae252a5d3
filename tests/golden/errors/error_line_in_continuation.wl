// a runtime error in a statement continued with "..." is reported at the statement's first line
x is int = 0
Trace(1 + ... // expect error: Division by zero
	2 / x)
