// Un Variant, un paramètre ou un résultat non typé contenant un monétaire ou un numérique
// calcule un produit ou un quotient avec ses 6 décimales, comme une variable ainsi déclarée
// (il affichait 37 décimales : 3.4166666666666666666666666666666666667).
moPrix est un monétaire = 10.25
vTout est un Variant = moPrix
Trace(vTout / 3, moPrix / 3, vTout * 1.123456789) // expect: 3.416667, 3.416667, 11.515432
nTaux est un numérique = 2
vTaux est un Variant = nTaux
Trace(vTaux / 3, TypeVar(vTaux) = wlNumérique) // expect: 0.666667, 1
Partage(moPrix, 4) // expect: 2.5625
Trace(Moitié(moPrix)) // expect: 5.125
Trace(Moitié(moPrix) / 7) // expect: 0.732143
rRapport est un réel = 10.25
Trace(rRapport / 3) // expect: 3.41666666666667

PROCÉDURE Partage(pMontant, nParts)
Trace(pMontant / nParts)

PROCÉDURE Moitié(pMontant)
RENVOYER pMontant / 2
