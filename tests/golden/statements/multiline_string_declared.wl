// A `= [` ... `]` block whose first line ends with a comma is text when the variable is
// declared a string, or when a line holds a colon outside quotes (JSON): issue 8.
s is string = [
	name,
	city
]
Trace(Replace(s, CR, "|")) // expect: name,|city
body is string = [
	"name": "Ann",
	"age": 30
]
Trace(Left(body, 14)) // expect: "name": "Ann",
payload is variant
payload = [
	"a": 1,
	"b": 2
]
Trace(Length(payload) > 10) // expect: 1
a is int = 1
t is array of int = [
	a,
	a + 1
]
Trace(ArrayCount(t)) // expect: 2
// a colon in a comment is not JSON: the block stays an array literal
n is array of int = [
	1, // first: one
	2 // second: two
]
Trace(ArrayCount(n), n[2]) // expect: 2, 2
