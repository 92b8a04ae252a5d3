// range subscripts with single brackets: [a TO b], [a TO], [TO b]
s is string = "abcdef"
Trace(s[2 TO 4], s[5 TO], s[TO 2]) // expect: bcd, ef, ab
t is array of int = [10, 20, 30, 40]
part is array of int = t[2 TO 3]
Trace(ArrayCount(part), part[1], part[2]) // expect: 2, 20, 30
Trace(ArrayCount(t[3 TO])) // expect: 2
