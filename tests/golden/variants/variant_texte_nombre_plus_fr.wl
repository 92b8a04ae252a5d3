// Un Variant qui tient un texte qui est un nombre tient un texte (la page du Variant
// ?1514019 : un Variant range "caractères et chaîne de caractères" tels quels) : `+`
// concatène, comme avec une variable chaîne, et les autres opérateurs lisent le nombre,
// virgule décimale comprise (docs/semantics.md "A Variant holding a number-like text",
// INFERRED).
vMontant est un Variant = "12,50"
Trace(vMontant + 1) // expect: 12,501
Trace(TypeVar(vMontant) = wlChaîne) // expect: 1
Trace(vMontant - 1) // expect: 11.5
Trace(vMontant * 2) // expect: 25
Trace(vMontant / 2) // expect: 6.25
Trace(vMontant = 12.5) // expect: 1
// pour additionner, lire le nombre d'abord (Val), ou ranger le Variant dans un nombre
Trace(Val(vMontant) + 1) // expect: 13.5
mTotal est un monétaire = vMontant
Trace(mTotal + 1) // expect: 13.5
// un Variant qui reçoit le nombre lui-même additionne
vMontant = 12.5
Trace(vMontant + 1) // expect: 13.5
