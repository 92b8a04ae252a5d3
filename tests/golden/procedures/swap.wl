// by-reference parameters let a procedure swap two variables
a is int = 1
b is int = 2
Swap(a, b)
Trace(a, b) // expect: 2, 1

PROCEDURE Swap(x, y)
tmp is int = x
x = y
y = tmp
