// Un Variant qui reçoit une Date, une Heure ou une DateHeure garde la valeur et son type :
// TypeVar répond wlDate / wlHeure / wlDateHeure (il disait wlChaîne), les propriétés du
// type se lisent, + et - calculent comme sur les types déclarés, et la valeur reste ses
// chiffres partout où un texte est attendu (docs/semantics.md).
d est une Date = "20240131"
v est un Variant = d
Trace(TypeVar(v) = wlDate, v..Année, v..Mois, v..Jour) // expect: 1, 2024, 1, 31
v = v + 1
Trace(v, TypeVar(v) = wlDate, v..Mois) // expect: 20240201, 1, 2
Trace(v = "20240201", v > d, v - d) // expect: 1, 1, 1
h est une Heure = "1015"
vh est un variant = h
Trace(TypeVar(vh) = wlHeure, vh..Heure, vh..Minute) // expect: 1, 10, 15
vh = vh + 2 h
Trace(vh, TypeVar(vh) = wlHeure) // expect: 12150000, 1
dh est une DateHeure = "20240115173000"
vdh est un Variant = dh
Trace(TypeVar(vdh) = wlDateHeure, vdh..Heure, vdh - "20240115153000") // expect: 1, 17, 2 h
vJour est un Variant = DateDuJour()
Trace(TypeVar(vJour) = wlDate) // expect: 1
Trace(Taille(v), Gauche(v, 4), "le " + v) // expect: 8, 2024, le 20240201
vc est un Variant = "20240131"
Trace(TypeVar(vc) = wlChaîne) // expect: 1
