// The built-ins that are arithmetic written as a function (Abs, Round, Truncate,
// IntegerPart, RoundUp, Sign, Root, Power, Modulo, Sin, Exp, Log... and Min/Max) give
// Null when a nullable argument holds Null, as the operators do (`Abs(i)` is `i` or `-i`).
// They gave 0 while Min/Max gave Null. A Variant's Null keeps the older rule: 0.
// (decided: docs/semantics.md "Nullable values in operations")
i is int? = Null
Trace(Abs(i) = Null, Round(i) = Null, Truncate(i) = Null, IntegerPart(i) = Null)   // expect: 1, 1, 1, 1
Trace(RoundUp(i) = Null, Sign(i) = Null, Sqrt(i) = Null, Power(2, i) = Null)   // expect: 1, 1, 1, 1
Trace(Modulo(7, i) = Null, Sin(i) = Null, Exp(i) = Null, Max(i, 3) = Null)   // expect: 1, 1, 1, 1
Trace(Abs(i) ?? "none", Round(i, 2) + 1 = Null, Abs(Abs(i)) = Null)   // expect: none, 1, 1
r is real? = Null
Trace(Round(r, 2) ?? -1, ArcTan2(r, 1) ?? -1, r.Round(2) ?? -1, r.Abs() = Null)   // expect: -1, -1, -1, 1
n is int = Abs(i)
Trace(n)   // expect: 0
// Other built-ins read the Null as before: 0 as a number, "" as a text.
Trace(NumToString(i), Length(i))   // expect: 0, 0
i = -4
Trace(Abs(i), Round(i), Sign(i), Power(i, 2), Max(i, 3))   // expect: 4, -4, -1, 16, 3
Trace(Abs(Rate()) ?? "no rate")   // expect: no rate
v is Variant = Null
Trace(Abs(v), Round(v, 2), Power(v, 2))   // expect: 0, 0, 0

PROCEDURE Rate() : real?
RESULT Null
