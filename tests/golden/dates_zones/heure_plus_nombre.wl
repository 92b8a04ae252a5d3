// Un nombre ajouté à une Heure (ou retiré) compte des centièmes de seconde, comme un
// entier donné à une Heure (?2512069) et une Heure rangée dans un nombre : `h + n` est
// l'Heure de `i + n` avec `i = h` (INFERRED, docs/semantics.md "A number added to a
// Time" ; il comptait des millisecondes). Une Durée la décale toujours de sa longueur.
h est une Heure = "120000"
Trace(h + 150, h - 100) // expect: 12000150, 11595900
Trace(h + 1 s, h + 250 ms) // expect: 12000100, 12000025
h += 6000
Trace(h) // expect: 12010000
i est un entier = h
h2 est une Heure = i + 100
Trace(h2, h + 100, h2 = h + 100) // expect: 12010100, 12010100, 1
v est un Variant = h
Trace(v + 100) // expect: 12010100
