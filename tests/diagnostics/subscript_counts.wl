// Subscripts against an array's declared dimensions: more subscripts than dimensions
// stop the run ("The array has 2 dimension(s), not 3."), and a row (fewer subscripts)
// is an array, which the run refuses as a number or a text. They said nothing.
t is array of 5 by 3 int
u is array of 4 string
d is array of int
t[1, 2] = 4
t[1, 2, 3] = 5 // error: WL110:1 the array 't' has 2 dimension(s), not 3
Trace(u[1, 2]) // error: WL110:7 the array 'u' has 1 dimension(s), not 2
n is int = t[1] // error: WL110:1 't[...]' (a row of the array 't', which has 2 dimensions) is an array: an array cannot be stored in 'n', a number
s is string
s = t[2] // error: WL110:1 't[...]' (a row of the array 't', which has 2 dimensions) is an array: an array cannot be stored in 's', a string
n = t[3] + 1 // error: WL113:5 't[...]' (a row of the array 't', which has 2 dimensions) is an array: it cannot be an operand of '+'
n = -t[4] // error: WL113:6 't[...]' (a row of the array 't', which has 2 dimensions) is an array: it cannot be an operand of '-'
// one subscript per dimension; an array declared without its dimensions has one
// (unless the program assigns it whole, gives it to a procedure or sizes it when it runs)
ArrayAdd(d, 1)
n = t[1, 2] + d[1] + Length(u[2])
Trace(n, s, d[1, 1]) // error: WL110:13 the array 'd' has 1 dimension(s), not 2
