// Une boucle qui lit ou écrit les membres d'un objet les garde sous la main
// (docs/architecture.md "Speed of generated code") ; un objet libéré par `libérer` dans
// la boucle, ou dans une procédure qu'elle appelle, est libéré pour toutes les références :
// lire ou écrire un membre par une autre référence arrête l'exécution, comme hors d'une
// boucle (décidé : docs/semantics.md "Destructors and dynamic objects"). Avant, la boucle
// lisait encore les anciens membres de l'objet libéré.
CPoint est une Classe
    x est un entier
FIN
o est un CPoint dynamique = allouer un CPoint
p est un CPoint dynamique = o
o.x = 10
t est un entier
POUR i = 1 À 3
    QUAND EXCEPTION DANS
        t = t + p.x + 1
        Trace(i, t)
    FAIRE
        Trace(i, ExceptionInfo(errMessage))
    FIN
    SI i = 2 ALORS libérer o
FIN
// expect: 1, 11
// expect: 2, 22
// expect: 3, This CPoint object was freed (delete / libérer), so no reference to it can be used any more.
a est un CPoint dynamique = allouer un CPoint
b est un CPoint dynamique = a
POUR i = 1 À 3
    QUAND EXCEPTION DANS
        b.x = i
        Trace("rangé", b.x)
    FAIRE
        Trace(i, ExceptionInfo(errMessage))
    FIN
    SI i = 1 ALORS Libère(a)
FIN
// expect: rangé, 1
// expect: 2, This CPoint object was freed (delete / libérer), so no reference to it can be used any more.
// expect: 3, This CPoint object was freed (delete / libérer), so no reference to it can be used any more.

PROCÉDURE Libère(q est un CPoint dynamique)
libérer q
