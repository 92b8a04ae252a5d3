// Un booléen à côté d'une Heure compte 1 ou 0 comme un nombre : h + Vrai est h + 1, un
// centième de seconde (c'était une milliseconde : h + Vrai et h + 1 différaient)
hDébut est une Heure = "1200"
bEnRetard est un booléen = Vrai
Trace(hDébut + 1, hDEBUT + VRAI, hDébut + bEnRetard) // expect: 12000001, 12000001, 12000001
Trace(hDébut - bEnRetard, hDébut + Faux) // expect: 11595999, 12000000
hDébut += bEnRetard
Trace(hDébut) // expect: 12000001
