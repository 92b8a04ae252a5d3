// `PROCÉDURE P() : (entier, chaîne)` : chaque valeur que RENVOYER donne est convertie
// dans son type listé, comme une variable de ce type la range (docs/semantics.md
// "Several values") ; la liste était lue puis oubliée.
a, b, r, ok, n1, n2 sont des variants
(a, b) = Codes()
Trace(a + 1, b + 1) // expect: 13, 341
Trace(TypeVar(a) = wlEntier, TypeVar(b) = wlChaîne) // expect: 1, 1
(r, ok) = Encore()
Trace(r * 2, ok) // expect: 24, 1
(n1, n2) = Arrondis(2)
Trace(n1, n2) // expect: 2, 3
(n1, n2) = Arrondis(5)
Trace(n1, n2) // expect: 5, 5

PROCÉDURE Codes() : (entier, chaîne)
RENVOYER ("12", 34)

// les valeurs d'une autre procédure, converties de même
PROCÉDURE Encore() : (réel, booléen)
RENVOYER Codes()

PROCÉDURE Arrondis(x est un entier) : (entier, entier)
SI x = 2 ALORS RENVOYER (2.7, "3")
RENVOYER (x, x)
