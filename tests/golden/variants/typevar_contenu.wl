// TypeVar / ..Type d'un variant : le type de ce qu'il contient (décidé, docs/builtins.md
// "TypeVar") : une structure wlStructure, un objet d'une classe wlInstance, des
// sous-éléments nommés (objet JSON décodé, `v.x = 1`, variable JSON) wlVariant.
Point est une Structure
    x est un entier
FIN
CForme est une Classe
    nom est une chaîne
FIN
v est un variant = JSONVersVariant("{""a"": 1, ""liste"": [1, 2]}")
Trace(TypeVar(v) = wlVariant, TypeVar(v.a) = wlEntier, TypeVar(v.liste) = wlTableau) // expect: 1, 1, 1
w est un Variant
w.ville = "Paris"
Trace(w..Type = wlVariant) // expect: 1
p est un Point
tenu est un variant = p
Trace(TypeVar(tenu) = wlStructure) // expect: 1
o est une CForme
tenu = o
Trace(TypeVar(tenu) = wlInstance, tenu..Type = wlInstance) // expect: 1, 1
n est un numérique (*) = 0n2.5
Trace(TypeVar(n) = wlNumérique, n..Type = wlNumérique) // expect: 1, 1
// une variable Date, Heure ou DateHeure : son type déclaré (ses valeurs ressemblent à des chaînes)
d est une Date = "20240115"
h est une Heure = "1030"
dh est une DateHeure = "20240115103000"
Trace(TypeVar(d) = wlDate, d..Type = wlDate, TypeVar(h) = wlHeure, TypeVar(dh) = wlDateHeure) // expect: 1, 1, 1, 1
