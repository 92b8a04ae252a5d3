// `i += h` et `i = i + h` avec une Heure : un nombre plus une Heure est l'Heure avancée
// d'autant de centièmes (comme `h + n`), donc la somme est une heure du jour et revient
// à zéro après 24 h avant d'être rangée dans le nombre en centièmes (gardé, décidé :
// docs/semantics.md "A number plus a Time" ; la table des additions de ?1514040 n'a pas
// de ligne pour un nombre). Pour ajouter les centièmes de l'Heure sans ce retour,
// convertir d'abord (HeureVersEntier). Un nombre moins une Heure, et une Heure dans un
// produit, comptent les centièmes sans retour.
h est une Heure = "12:00:00"
i est un entier = 10000000
i += h
Trace(i) // expect: 5680000
i = 10000000
i = i + h
Trace(i) // expect: 5680000
i = 10000000
i += HeureVersEntier(h)
Trace(i) // expect: 14320000
i = 10000000
i -= h
Trace(i, h * 3) // expect: 5680000, 12960000
// additionner des heures au-delà de 24 h : par leurs centièmes
nTotal est un entier
POUR TOUT hh DE ["10:00", "09:30", "08:00"]
  hJour est une Heure = hh
  nTotal += HeureVersEntier(hJour)
FIN
Trace(nTotal, nTotal / 360000) // expect: 9900000, 27.5
