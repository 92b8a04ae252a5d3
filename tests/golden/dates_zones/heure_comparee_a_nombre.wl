// Une Heure comparée à un nombre compare ses centièmes de seconde depuis minuit, ce que
// donne une Heure affectée à un nombre et ce que lit un entier affecté à une Heure
// (INFERRED : la copie stockée de « Opérations sur les dates, heures, dateheures et
// durées » ?1514040 s'arrête avant sa partie Comparaison ; docs/semantics.md "A Time
// compared with a number"). Elle comparait les chiffres HHMMSSCC.
h est une Heure = "1200"
Trace(h = 4320000, 4320000 = h, h <> 4320000) // expect: 1, 1, 0
Trace(h < 100, h > 100, 100 < h) // expect: 0, 1, 1
n est un entier = 4320000
r est un réel = 4320000
m est un monétaire = 4320000
v est un Variant = 4320000
Trace(h = n, h = r, h = m, h = v) // expect: 1, 1, 1, 1
h2 est une Heure = "00000050"
Trace(h2 < 100, h2 = 50) // expect: 1, 1
Trace(h = "12:00", h = "1200", h < "1300") // expect: 1, 1, 1
u est une Heure = "1300"
Trace(h < u, u > h, h = u) // expect: 1, 1, 0
w est un Variant = h
Trace(w = 4320000, w = h) // expect: 1, 1
SELON h
	CAS 4320000 : Trace("midi") // expect: midi
	AUTRE CAS : Trace("autre")
FIN
Trace(h DANS (100, 4320000), h DANS ("12:00")) // expect: 1, 1
