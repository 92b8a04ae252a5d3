// Durées littérales (page d'aide "Durée (Type de variable)", ?1514069) : l'unité en
// majuscules ou minuscules, après des blancs, une espace insécable ou rien ; un nombre
// devant tout autre mot est un nombre.
duUneEtDemie est une Durée = 1 H 30 MIN
duQuatreVingtDix est une Durée = 90min
Trace(duUneEtDemie = duQuatreVingtDix, duUneEtDemie..EnMinutes) // expect: 1, 90
duDeuxJours est une Durée = 2 J
Trace(duDeuxJours..EnHeures) // expect: 48
duQuart est une Durée = 250 Ms
Trace(duQuart..EnMillisecondes, 15 s + 500 ms) // expect: 250, 15 s 500 ms
nTotal est un entier = 3 + 4 * 2
Trace(nTotal, 1.5 * nTotal) // expect: 11, 16.5
