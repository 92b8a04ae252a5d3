// Une Date déplacée d'une Durée est une Date (VERIFIED : la table des additions de
// ?1514040, Durée + Date est une Date ; elle avance de jours entiers), la Durée d'un
// côté ou de l'autre et quel que soit son calcul : TypeVar dit wlDate (il disait
// wlChaîne) et un compteur POUR déclaré entier la refuse pour borne, comme il refuse
// `d + 2` (il comptait jusqu'aux chiffres de la date).
dDébut est une Date = "20250310"
duDélai est une Durée = 50 h
v est un Variant = dDébut + duDélai
Trace(v, TypeVar(v) = wlDate) // expect: 20250312, 1
v = 1 h + dDebut
Trace(v, TypeVar(v) = wlDate) // expect: 20250310, 1
v = dDébut + duDélai * 2
Trace(v, TypeVar(v) = wlDate) // expect: 20250314, 1
v = 2 * duDelai + DDÉBUT
Trace(v..Jour) // expect: 14
v = dDébut - (duDélai + 1 j)
Trace(v, TypeVar(v) = wlDate) // expect: 20250307, 1
nPassages est un entier = 0
i est un entier
POUR i = 3 A 1 h + dDébut // expect error: The FOR loop's counter 'i' is an integer: it cannot count to a Date (declare 'i' a Date).
    nPassages++
FIN
