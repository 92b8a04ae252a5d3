// Un booléen ajouté à une Date ou retiré d'elle compte 1 jour (Vrai) ou 0 (Faux), comme
// il compte 1 ou 0 à côté d'un nombre (`DateDuJour() + bEnRetard` collait les chiffres)
dÉchéance est une Date = "20261205"
bEnRetard est un booléen = Vrai
bSûr est un booleen = Faux
Trace(dÉchéance + bEnRetard) // expect: 20261206
Trace(bEnRetard + dEcheance) // expect: 20261206
Trace(dÉchéance - BENRETARD) // expect: 20261204
Trace(dÉchéance + bSûr) // expect: 20261205
dÉchéance += bEnRetard
Trace(dÉchéance) // expect: 20261206
Trace(5 + bEnRetard) // expect: 6
