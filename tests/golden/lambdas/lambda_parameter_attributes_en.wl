// A lambda's parameter may carry an extension attribute, as a procedure's does:
// `(x <useful>) => ...`, typed or not, in a lambda expression or a lambda procedure
// (INFERRED: a lambda is an internal procedure without a name, ?1514084; docs/
// semantics.md "Lambdas"). It was refused ("'=>' must follow the parameters of a
// lambda") when the parameter had no type.
p is procedure = (x <useful>) => x + 1
Trace(p(2)) // expect: 3
q is procedure = (a <useful>, b is int <useful>) => { RESULT a * b }
Trace(q(3, 4)) // expect: 12
arrN is array of int = [3, 1, 2]
ArraySort(arrN, asFunction, (n1 <useful>, n2 <useful>) => n1 - n2)
Trace(ArrayToString(arrN, ",")) // expect: 1,2,3
Trace(Map(arrN, (LOCAL v <useful>) => v * 10)[3]) // expect: 30
// a type without IS, as a PROCEDURE header takes it (`p int`): `(x int) =>` made two
// parameters, x and one named int, in silence (p(2) then stopped: "expects 2 parameter(s)")
r is procedure = (x int, LOCAL s string <useful>) => x + Length(s)
Trace(r(2, "abc")) // expect: 5
// without `=>` after the parenthesis, `<` is a comparison as before
x is int = 1
Trace((x <2), (x < 2)) // expect: 1, 1
