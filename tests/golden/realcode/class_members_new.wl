// a class used for its members: "nouveau"/"new"/"allouer un", PUBLIC sections, HÉRITE DE, LIBÉRER
CPoint est une Classe
    HÉRITE DE CBase
PUBLIC
    x est un entier
    y est un entier
FIN
p est un CPoint dynamique = nouveau CPoint
p.x = 3
q is CPoint = new CPoint
q.y = 4
r est un CPoint = allouer un CPoint
r:x = 10
Trace(p.x + q.y + r.x) // expect: 17
LIBÉRER p
