// Page d'aide "ArrondiSupérieur (Fonction)" (doc.pcsoft.fr ?1000019396) : son exemple,
// tel qu'il est écrit, avec une Trace de chaque résultat annoncé.
ResArrondi = ArrondiSupérieur(-16.238167, 2) // Renvoie -16.23
Trace(ResArrondi) // expect: -16.23
ResArrondi = ArrondiSupérieur(3.1) // Renvoie 4 (pas de décimales)
Trace(ResArrondi) // expect: 4
ResArrondi = ArrondiSupérieur(3.111, 2) // Renvoie 3.12
Trace(ResArrondi) // expect: 3.12
ResArrondi = ArrondiSupérieur(1.9) // Renvoie 2
Trace(ResArrondi) // expect: 2
ResArrondi = ArrondiSupérieur(-1.9) // Renvoie -1
Trace(ResArrondi) // expect: -1
// Arrondi d'une Durée
ResArrondiDurée est une Durée
ResArrondiDurée = ArrondiSupérieur(13 min, 5 min) // Renvoie 15 min (0001500000)
Trace(ResArrondiDurée.EnMinutes) // expect: 15
// La durée est découpée en périodes de 5 minutes.
// Le résultat correspond à la fin de la période qui contient la durée 13 min.
// Arrondi d'une DateHeure
dhMonDateHeure est une DateHeure = "202211041524"
Trace("dhMonDateHeure : " + dhMonDateHeure) // expect: dhMonDateHeure : 20221104152400000
Trace("ArrondiSupérieur : " + ArrondiSupérieur(dhMonDateHeure, 7 min))
// expect: ArrondiSupérieur : 20221104153100000
// Affiche 20221104153100000
// La journée est découpée en périodes de 7 min.
