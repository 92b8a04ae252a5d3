// parameters are passed by reference: the caller's variable changes
n is int = 1
AddTen(n)
Trace(n) // expect: 11
s is string = "a"
AppendB(s)
AppendB(s)
Trace(s) // expect: abb

PROCEDURE AddTen(x)
x = x + 10

PROCEDURE AppendB(t is string)
t += "b"
