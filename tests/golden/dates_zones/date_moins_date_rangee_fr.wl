// `d -= d2`, deux Dates (issue 8, V, 7 déc. 2026 ; UNVERIFIED : aucune page stockée ne
// range l'écart de deux Dates dans une Date). Décidé : comme `d = d - d2` : l'écart de
// deux Dates est leur nombre de jours (?1514040), et un entier rangé dans une Date est lu
// comme ses chiffres : d vaut "9", une Date qui ne nomme aucun jour : DateValide dit Faux.
d est une Date = "20240310"
d2 est une Date = "20240301"
d -= d2
Trace(d, DateValide(d)) // expect: 9, 0
nJours est un entier = "20240310" - d2
Trace(nJours) // expect: 9
d = "20240301"
d2 = "20240310"
d -= d2
Trace(d, DateValide(d)) // expect: -9, 0
d += 1 // expect error: The Date "-9"
