// range subscripts past the ends: the part that exists, empty when the range is reversed
// or starts after the end; [[a TO b]], [[a ON n]] and [a TO] on strings and arrays
s is string = "abcdef"
Trace(s[5 TO 10], s[[5 TO]], s[[TO 2]], s[[2 ON 3]]) // expect: ef, ef, ab, bcd
Trace(Length(s[4 TO 2]), Length(s[7 TO])) // expect: 0, 0
t is array of int = [1, 2, 3]
Trace(ArrayCount(t[4 TO]), ArrayCount(t[2 TO 9])) // expect: 0, 2
