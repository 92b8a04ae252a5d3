// Several extension attributes on one parameter or one procedure (?1511025 lists the
// attributes; none of its stored text shows two together). INFERRED: written one after
// the other (`<useful> <useful>`) or in one pair of brackets (`<useful, thread>`),
// both are accepted, on a lambda's parameter as on a procedure's (docs/semantics.md
// "Lambdas"). `(x <useful> <useful>) => ...` was refused ("'=>' must follow the
// parameters of a lambda") when x had no type.
p is procedure = (x <useful> <useful>) => x + 1
Trace(p(2)) // expect: 3
q is procedure = (a <useful, useful>, b is int <useful> <useful>) => { RESULT a * b }
Trace(q(3, 4)) // expect: 12
Trace(Twice(5), Joined("a", "b")) // expect: 10, a-b

PROCEDURE Twice(n is int <useful> <useful>) <useful> <thread>
RESULT 2 * n

PROCEDURE Joined(a <useful, useful>, b string <useful>) <useful, thread>
RESULT a + "-" + b
