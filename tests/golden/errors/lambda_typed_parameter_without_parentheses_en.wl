// `x is int => ...`: the simplified syntax (one parameter without parentheses) takes a
// name only (?1514084); a typed parameter is refused in words at its IS
fDouble is procedure = x is int => x * 2 // expect error: a typed parameter of a lambda goes in parentheses: (x is int) => ...
Trace(fDouble(2))
