// Tableaux associatifs : le type de clé de la déclaration (wlEntier, wlChaîne).
a est un tableau associatif (*, *, wlEntier) de chaînes
a["1"] = "un"
Trace(a[1], a..Occurrence)   // expect: un, 1
b est un tableau associatif (*, *, wlChaîne) d'entiers
b[1] = 10
b["1"] += 5
Trace(b["1"], b..Occurrence)   // expect: 15, 1
