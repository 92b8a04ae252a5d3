// comments run from // to the end of the line
x is int = 1 // a trailing comment
// a whole-line comment: x = 99
Trace(x) // expect: 1
