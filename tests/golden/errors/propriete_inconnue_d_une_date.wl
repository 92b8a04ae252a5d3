// Une propriété qu'une Date n'a pas arrête l'exécution là où wl check la signale (WL109,
// mêmes mots) ; celles qu'elle a, en français ou en anglais, en toute casse, s'exécutent
d est une Date = "20261204"
Trace(d..Jour, d..JourDeLaSemaine, d..Mois) // expect: 4, 5, 12
h est une Heure = "1030"
Trace(h..Heure, h..minute) // expect: 10, 30
Trace(d..JourSemaine) // expect error: A Date has no property 'JourSemaine'
