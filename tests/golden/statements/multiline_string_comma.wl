// a multi-line string whose first line ends with a comma stays a string
sql is string = [
	SELECT name,
		city FROM customer
]
Trace(Length(sql) > 20) // expect: 1
Trace(Left(sql, 12)) // expect: SELECT name,
a is int = 1
t is array of int = [
	a,
	a + 1
]
Trace(ArrayCount(t)) // expect: 2
