// The difference of two dates counts as its number of days wherever a number is wanted
// (docs/semantics.md, section 5), the number functions included: Max(0, d2 - d1) was
// "Max expects numbers or strings, not integer", Abs, Min, Modulo and NumToString
// refused it the same way.
dDue is Date = "20240126"
dBack is Date = "20240215"
Trace(dBack - dDue) // expect: 20
Trace(Max(0, dBack - dDue), Max(0, dDue - dBack)) // expect: 20, 0
Trace(Min(30, dBack - dDue)) // expect: 20
Trace(Abs(dDue - dBack)) // expect: 20
Trace(Modulo(dBack - dDue, 7)) // expect: 6
Trace(NumToString(dBack - dDue, "03d")) // expect: 020
Trace(Round((dBack - dDue) / 7, 1)) // expect: 2.9
nLate is int = Max(0, dBack - dDue)
Trace(nLate * 0.25) // expect: 5
