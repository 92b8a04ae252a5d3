// Une boucle qui lit les membres d'un objet vérifie à chaque lecture que l'objet n'a pas
// été libéré, sauf si aucun `libérer` ne peut s'exécuter pendant la boucle
// (docs/architecture.md "Speed of generated code"). Ici le seul `libérer` est dans un
// destructeur, que la boucle déclenche en lâchant la dernière référence à son objet :
// la lecture qui suit s'arrête.
CPoint est une Classe
    x est un entier
FIN
CGarde est une Classe
    m_point est un CPoint dynamique
FIN
o est un CPoint dynamique = allouer un CPoint
o.x = 10
g est un CGarde dynamique = allouer un CGarde
g.m_point = o
t est un entier
POUR i = 1 À 3
    QUAND EXCEPTION DANS
        t = t + o.x + 1
        Trace(i, t)
    FAIRE
        Trace(i, ExceptionInfo(errMessage))
    FIN
    SI i = 2 ALORS g = Null
FIN
// expect: 1, 11
// expect: 2, 22
// expect: 3, This CPoint object was freed (delete / libérer), so no reference to it can be used any more.

PROCÉDURE CGarde::Destructeur()
LIBÉRER m_point
