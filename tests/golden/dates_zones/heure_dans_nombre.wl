// Une Heure affectée à un nombre donne ses centièmes de seconde depuis minuit, ce que lit
// un entier affecté à une Heure (?2512069) et ce que donne HeureVersEntier : `i = h;
// h2 = i` rend h (INFERRED, docs/semantics.md "A Time stored into a number"). C'étaient
// les chiffres HHMMSSCC : 12:00 devenait 12000000, relu 09:20.
h est une Heure = "1200"
i est un entier = h
Trace(i, HeureVersEntier(h)) // expect: 4320000, 4320000
h2 est une Heure = i
Trace(h2, h2 = h) // expect: 12000000, 1
r est un réel = h
m est un monétaire = h
n est un numérique = h
Trace(r, m, n) // expect: 4320000, 4320000, 4320000
h..Milliseconde = 5
i = h
Trace(i) // expect: 4320000
STRUCTURE Créneau
  nDébut est un entier
FIN
c est un Créneau
h3 est une Heure = "013000"
c.nDébut = h3
ti est un tableau d'entiers
TableauAjoute(ti, h3)
v est un Variant = h3
j est un entier = v
Trace(c.nDébut, ti[1], j, Centièmes(h3)) // expect: 540000, 540000, 540000, 540000
k est un entier = FinDeJournée()
Trace(k, EntierVersHeure(k)) // expect: 8639999, 23595999
PROCÉDURE Centièmes(x est un entier)
  RENVOYER x
PROCÉDURE FinDeJournée() : Heure
  RENVOYER "23595999"
