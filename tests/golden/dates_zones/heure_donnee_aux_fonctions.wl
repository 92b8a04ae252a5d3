// Une Heure donnée à une fonction qui attend un nombre compte ses centièmes de seconde
// depuis minuit, comme une Heure affectée à un nombre et comme un Variant qui contient
// l'Heure le faisait déjà (INFERRED, docs/semantics.md "A Time stored into a number, on
// every path") : NumériqueVersChaîne(h), Arrondi(h), Abs(h) prenaient les chiffres
// HHMMSSCC (12000000). Une fonction qui attend un texte lit toujours les chiffres.
h est une Heure = "1200"
h2 est une Heure = "0930"
Trace(NumériqueVersChaîne(h), Arrondi(h, 0), Abs(h), HeureVersEntier(h)) // expect: 4320000, 4320000, 4320000, 4320000
v est un Variant = h
Trace(NumériqueVersChaîne(v), Arrondi(v, 0)) // expect: 4320000, 4320000
// la plus grande de deux heures est une heure
Trace(Max(h, h2), Min(h, h2)) // expect: 12000000, 09300000
// les textes : les chiffres
Trace(Gauche(h, 4), Taille(h), Val(h), HeureVersChaîne(h)) // expect: 1200, 8, 12000000, 12:00:00:00
Trace(ChaîneConstruit("%1-%2", h, h2)) // expect: 12000000-09300000
