// ^ is right-associative and binds tighter than * but looser than unary minus
Trace(2 ^ 3 ^ 2) // expect: 512
Trace(-2 ^ 2) // expect: 4
Trace(2 * 2 ^ 3) // expect: 16
