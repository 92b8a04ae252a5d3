// La puissance d'un numérique est un numérique, comme sa somme et son produit : `n ^ 2`
// et Puissance(n, 2) contiennent un numérique (TypeVar 13, wlNumérique) et les erreurs
// de l'exécution nomment un numérique ; la puissance d'un monétaire est un monétaire (10).
// docs/semantics.md "A numeric is named a numeric".
n est un numérique = 2
QUAND EXCEPTION DANS
    Trace((n ^ 2)[1])
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
FIN
v est un Variant = n ^ 2
Trace(v, TypeVar(v)) // expect: 4, 13
v = Puissance(n, 2)
Trace(v, TypeVar(v)) // expect: 4, 13
v = 3 ^ n
Trace(v, TypeVar(v)) // expect: 9, 13
m est un monétaire = 2
v = m ^ 2
Trace(v, TypeVar(v)) // expect: 4, 10
