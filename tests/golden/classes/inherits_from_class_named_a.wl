// `inherits from A`: a class may be named A (the French `A` of `[2 A]` is a soft word).
// `inherits from A` was a syntax error ("unexpected 'from'") though `A is Class` was
// accepted, and two classes inheriting from each other stopped there, not at the cycle.
A is Class
    x is int
END
B is Class
    inherits from A
END
o is B
o.x = 3
Trace(o.x) // expect: 3
