// Un compteur de POUR non déclaré dont le début est une Date, une Heure ou une DateHeure
// prend ce type et avance comme un compteur déclaré (un entier sur 8 octets : 2e9 tours)
dhDébut est une DateHeure = "20240130103000"
nTours est un entier = 0
POUR dhChaque = dhDébut A dhDEBUT + 2
  Trace(dhChaque)
  nTours++
  SI nTours > 5 ALORS SORTIR
FIN
// expect: 20240130103000000
// expect: 20240131103000000
// expect: 20240201103000000
Trace(nTours) // expect: 3
dPremier est une date = "20240130"
pour dChaque = dPremier à dPremier + 2
  Trace(dChaque)
fin
// expect: 20240130
// expect: 20240131
// expect: 20240201
Trace(dChaque) // expect: 20240202
POUR dJour = DateDuJour() À DateDuJour() + 1
  Trace(TypeVar(dJour) = wlDate)
FIN
// expect: 1
// expect: 1
