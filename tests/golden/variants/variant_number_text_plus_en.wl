// A Variant holding a text that is a number is a text (the Variant page ?1514019: a
// Variant stores "characters and character string" as such): `+` joins, as with a
// string variable, and the other operators read the number, decimal comma included
// (docs/semantics.md "A Variant holding a number-like text", INFERRED).
vAmount is Variant = "12,50"
Trace(vAmount + 1) // expect: 12,501
Trace(TypeVar(vAmount) = wlString) // expect: 1
Trace(vAmount - 1) // expect: 11.5
Trace(vAmount * 2) // expect: 25
Trace(vAmount / 2) // expect: 6.25
Trace(vAmount = 12.5) // expect: 1
// to add, read the number first (Val), or store the Variant into a number
Trace(Val(vAmount) + 1) // expect: 13.5
mTotal is currency = vAmount
Trace(mTotal + 1) // expect: 13.5
// a Variant given the number itself adds
vAmount = 12.5
Trace(vAmount + 1) // expect: 13.5
