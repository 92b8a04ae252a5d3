// A multi-line string whose first line is an INI section is text; a first line that is
// an array of items keeps making a nested array literal.
s is string = [
[Options]
Size = 3
]
Trace(Replace(s, CR, "|"))   // expect: [Options]|Size = 3
t is array of arrays of int = [
[1, 2],
[3]
]
Trace(t[1, 2], t[2, 1])   // expect: 2, 3
