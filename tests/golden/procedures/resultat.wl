// RÉSULTAT et RESULTAT renvoient une valeur et sortent aussitôt
Trace(EstPair(4)) // expect: 1
Trace(EstPair(7)) // expect: 0

PROCÉDURE EstPair(n)
SI n % 2 = 0 ALORS RÉSULTAT Vrai
RESULTAT Faux
