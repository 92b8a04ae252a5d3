// Une Heure garde les millièmes (la propriété Milliseconde ?2512062 les règle de 0 à 999) :
// son texte reste "HHMMSSCC" quand le millième vaut 0, "HHMMSSCCC" sinon
// (docs/semantics.md). Ils étaient coupés aux centièmes.
h est une Heure = "10305550"
Trace(h, h..Milliseconde) // expect: 10305550, 500
h..Milliseconde = 123
Trace(h, h..Milliseconde) // expect: 103055123, 123
h = h + 5 ms
Trace(h, h..Milliseconde) // expect: 103055128, 128
dh est une DateHeure = "20240115103055123"
h2 est une Heure = dh
Trace(h2, h2..Milliseconde, dh..Heure) // expect: 103055123, 123, 10
Trace(HeureVersChaîne(h2, "HH:MM:SS:CCC")) // expect: 10:30:55:123
h3 est une Heure = "10305550"
Trace((h - h3)..EnMillisecondes, h < h3) // expect: -372, 1
