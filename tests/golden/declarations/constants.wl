// CONSTANT ... END declares named constants
CONSTANT
	MAX_ITEMS = 10
	GREETING = "hello"
END
Trace(MAX_ITEMS * 2) // expect: 20
Trace(GREETING) // expect: hello
