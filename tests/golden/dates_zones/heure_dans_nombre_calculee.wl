// Une Heure affectée à un nombre donne ses centièmes de seconde depuis minuit par tous
// les chemins, pas seulement `i = h` (INFERRED, docs/semantics.md "A Time stored into a
// number") : `i += h`, `i = i + h`, `i est un entier = h + 100` gardaient les chiffres
// HHMMSSCC (12000005, 12000000, 12000100). Une Heure calculée là où le type n'est connu
// qu'à l'exécution (une Heure plus un Variant, le résultat d'une procédure sans type
// déclaré) sait qu'elle en est une.
h est une Heure = "1200"
i est un entier = 5
i += h
Trace(i) // expect: 4320005
i = 0
i = i + h
Trace(i) // expect: 4320000
j est un entier = h + 100
Trace(j, HeureVersEntier(h + 100)) // expect: 4320100, 4320100
i = 5
i -= h
Trace(i) // expect: -4319995
r est un réel = 2
r += h
m est un monétaire = h + 1
Trace(r, m) // expect: 4320002, 4320001
// une Heure dans un produit compte aussi ses centièmes, comme `i = h; i * 2`
Trace(h * 2, h / 2, -h) // expect: 8640000, 2160000, -4320000
// décidé à l'exécution : une Heure plus un Variant, le résultat non typé d'une procédure
x est un Variant = 100
i = h + x
Trace(i, TypeVar(h + x) = wlHeure) // expect: 4320100, 1
i = UneHeure()
Trace(i) // expect: 360000
// membres et éléments
STRUCTURE Créneau
  n est un entier
FIN
c est un Créneau
c.n = 1
c.n += h
t est un tableau d'entiers = [2]
t[1] += h
Trace(c.n, t[1]) // expect: 4320001, 4320002
// l'Heure elle-même ne change pas : dans une Heure ou une chaîne, ses chiffres
h2 est une Heure = h + x
ch est une chaîne = h + x
Trace(h2, ch, (h + 100).VersChaîne("HH:mm:ss")) // expect: 12000100, 12000100, 12:00:01
PROCÉDURE UneHeure()
  hh est une Heure = "0100"
  RENVOYER hh
