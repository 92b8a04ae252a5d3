// A lambda's parameter with a default value: PC SOFT's lambda page gives none, so it is
// refused in words at its '=' (it said "'=>' must follow the parameters of a lambda")
fDouble is procedure = (x is int = 5) => x * 2 // expect error: a lambda's parameter takes no default value (PC SOFT's lambda page gives none): give the value in the call, or write an INTERNAL PROCEDURE with (x is int = 5)
Trace(fDouble(2))
