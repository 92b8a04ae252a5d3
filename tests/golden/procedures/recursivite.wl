// procédure récursive : somme des chiffres
Trace(SommeChiffres(98765)) // expect: 35

PROCÉDURE SommeChiffres(n est un entier)
SI n < 10 ALORS RENVOYER n
RENVOYER n % 10 + SommeChiffres(IntegerPart(n / 10))
