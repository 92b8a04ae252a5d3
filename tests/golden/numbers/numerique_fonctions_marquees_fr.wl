// Une fonction qui calcule à partir d'un numérique donne un numérique, comme les
// opérateurs : Abs, Arrondi, PartieEntière, PartieDécimale, ArrondiSupérieur, Tronque
// d'un numérique, et Somme et Moyenne d'un tableau de numériques, rangés dans un Variant
// donnent un numérique (TypeVar 13, wlNumérique) et les erreurs de l'exécution nomment
// un numérique ; d'un monétaire, un monétaire (10). docs/semantics.md "A numeric is
// named a numeric".
n est un numérique = -2.55
v est un Variant = Abs(n)
Trace(v, TypeVar(v)) // expect: 2.55, 13
v = Arrondi(n, 1)
Trace(v, TypeVar(v)) // expect: -2.6, 13
QUAND EXCEPTION DANS
    Trace(Abs(n)[1])
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
FIN
v = PartieEntière(n)
Trace(v, TypeVar(v)) // expect: -2, 13
v = PartieDécimale(n)
Trace(v, TypeVar(v)) // expect: -0.55, 13
v = ArrondiSupérieur(n, 1)
Trace(v, TypeVar(v)) // expect: -2.5, 13
v = Tronque(n, 1)
Trace(v, TypeVar(v)) // expect: -2.5, 13
tabN est un tableau de numériques = [1.5, 2]
v = tabN.Somme()
Trace(v, TypeVar(v)) // expect: 3.5, 13
v = Moyenne(tabN)
Trace(v, TypeVar(v)) // expect: 1.75, 13
v = Max(n, 1)
Trace(v, TypeVar(v)) // expect: 1, 8
v = Max(n, -3)
Trace(v, TypeVar(v)) // expect: -2.55, 13
m est un monétaire = -2.55
v = Abs(m)
Trace(v, TypeVar(v)) // expect: 2.55, 10
v = Arrondi(m, 1)
Trace(v, TypeVar(v)) // expect: -2.6, 10
