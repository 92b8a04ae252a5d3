// Un Variant qui reçoit la valeur d'une variable numérique répond wlNumérique à TypeVar,
// comme la variable numérique ; celle d'un monétaire répond toujours wlMonétaire. Le
// Variant répondait wlMonétaire pour le numérique aussi.
nTaux est un numérique = 2.25
vTout est un Variant = nTaux
Trace(TypeVar(vTout) = wlNumérique, vTout..Type = wlNumérique, vTout) // expect: 1, 1, 2.25
moPrix est un monétaire = 1.5
vTout = moPrix
Trace(TypeVar(vTout) = wlMonétaire) // expect: 1
vTout = nTaux
Trace(TypeVar(vTout) = wlNumérique, vTout + 1, vTout * 2, vTout > 2, "x" + vTout) // expect: 1, 3.25, 4.5, 1, x2.25
moRetour est un monétaire = vTout
Trace(moRetour, TypeVar(moRetour) = wlMonétaire) // expect: 2.25, 1
