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
// Two quoted texts with only blanks between on the first line (ExeRun ?3035006's
// `"%1" "%2"`): text, no array item is two literals in a row
Trace(StringBuild([
"%1" "%2"
], "a b", "c"))   // expect: "a b" "c"
