// the articles a/an are optional in a declaration
s1 is a string = "one"
n1 is an int = 1
s2 is string = "two"
Trace(s1, n1, s2) // expect: one, 1, two
