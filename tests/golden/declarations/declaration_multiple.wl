// `(a, b) est un entier = P()` : déclaration multiple (INFERRED, docs/semantics.md
// "Multiple declaration") : chaque nom est déclaré du type, puis les valeurs de la
// procédure sont affectées comme `(a, b) = P()` les affecte, converties au type.
(nMin, nMax) est un entier = Bornes([4, 9, 2])
Trace(nMin, nMax) // expect: 2, 9
(sA, sB) sont des chaînes = ("x", 12)
Trace(sA + sB) // expect: x12
(r1, r2) est un réel
r1 = 1.5
Trace(r1 + r2) // expect: 1.5
(n1, n2) EST UN ENTIER = ("7", 2.9)
Trace(n1 + n2, TypeVar(n1)) // expect: 9, 8
(a1, a2) sont des chaines = ("é", "è")
Trace(a1 + a2) // expect: éè
Locales()

PROCÉDURE Bornes(t est un tableau d'entiers)
RENVOYER (Min(t), Max(t))

PROCÉDURE Locales()
(nQ, nR) est un entier = Diviser(17, 5)
Trace(nQ, nR) // expect: 3, 2

PROCEDURE Diviser(a est un entier, b est un entier)
RENVOYER (PartieEntière(a / b), modulo(a, b))
