// DateHeureValide ?1000020940 (page anglaise ; jumeau français écrit d'après elle) : ses
// exemples tels qu'écrits, et sa règle « la date est comprise entre le 5 octobre 1582 et
// le 14 octobre 1582 inclus » (les jours sautés au passage au calendrier grégorien : une
// date-heure y est invalide ; ces dates étaient acceptées)
Res est un booléen
Res = DateHeureValide("2001122523122222") // Res renvoie Vrai
Trace(Res) // expect: 1
Res = DateHeureValide("200125122312")   // Res renvoie Faux
Trace(Res) // expect: 0
Res = DateHeureValide("200123")       // Res renvoie Faux
Trace(Res) // expect: 0
Res = DateHeureValide("1482122524")   // Res renvoie Faux
Trace(Res) // expect: 0
Trace(DateHeureValide("15821004235959"), DateHeureValide("15821005000000"), DateHeureValide("15821014120000"), DateHeureValide("15821015000000")) // expect: 1, 0, 0, 1
// DateValide, les mêmes jours (INFERRED : sa page n'est pas dans la copie stockée)
Trace(DateValide("15821004"), DateValide("15821010"), DateValide("15821015")) // expect: 1, 0, 1
