// Le Null d'un Variant dans <, <=, >, >= vaut la valeur vide du type de l'autre opérande
// (0, ou "" donc avant toute Date, Heure, DateHeure), pour tous les types, comme dans =
// (décidé, docs/semantics.md "Null" : la Date d'un Variant, une Heure, les nombres et les
// Durées arrêtaient l'exécution, « Null cannot be ordered », une Date déclarée donnait 0/1).
z est un Variant = Null
d est une Date = "20240105"
vd est un Variant = d
t est une Heure = "1230"
vt est un Variant = t
dt est une DateHeure = "20240105123000"
Trace(d < z, z < d, vd < z, z < vd, z >= vd)   // expect: 0, 1, 0, 1, 0
Trace(t < z, z < t, vt < z, z <= vt, dt < z, z < dt)   // expect: 0, 1, 0, 1, 0, 1
n est un entier = 3
m est un entier = -3
r est un réel = 0
du est une Durée = 5s
Trace(n < z, z < n, m < z, r <= z, r < z, du > z, z >= du)   // expect: 0, 1, 1, 1, 0, 1, 0
s est une chaîne = "a"
Trace(s > z, z < s, z < z, z <= z, z > Null)   // expect: 1, 1, 0, 1, 0
