// Une Date plus ou moins un nombre de jours est une Date (?1514040 : Date + Durée est une
// Date ; INFERRED pour un nombre, docs/semantics.md "A Date plus days is a Date") :
// TypeVar dit wlDate et un Variant garde le genre. TypeVar disait wlChaîne. Deux Dates
// soustraites restent un nombre de jours.
d est une Date = "20240131"
Trace(TypeVar(d + 1) = wlDate, TypeVar(d - 1) = wlDate, TypeVar(2 + d) = wlDate) // expect: 1, 1, 1
Trace(d + 1, d - 31, (d + 1)..Mois) // expect: 20240201, 20231231, 2
d2 est une Date = "20240301"
Trace(d2 - d, TypeVar(d2 - d) = wlDate) // expect: 30, 0
v est un Variant = d + 1
Trace(TypeVar(v) = wlDate, v + 1) // expect: 1, 20240202
s est une chaîne = d + 1
Trace(s, "le " + (d + 1)) // expect: 20240201, le 20240201
