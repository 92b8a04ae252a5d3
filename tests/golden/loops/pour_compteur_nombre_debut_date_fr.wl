// Un compteur de POUR déclaré nombre ne compte pas depuis une Date, une Heure ou une
// DateHeure : l'exécution s'arrête au début (une DateHeure débordait sur 32 bits et
// tournait quelque 2e9 fois). Un compteur non déclaré partant d'un texte est un entier
// sur 8 octets, le texte lu comme une affectation à un entier le lit.
POUR j = "5" A 6
  Trace(j, TypeVar(j) = wlEntier_8)
FIN
// expect: 5, 1
// expect: 6, 1
POUR k = "2.5" À 3
  Trace(k)
FIN
// expect: 2
// expect: 3
i est un entier
dDébut est une Date = "20240130"
POUR i = dDébut..Jour À 31
  Trace(i)
FIN
// expect: 30
// expect: 31
POUR i = dDEBUT A dDébut + 2 // expect error: The FOR loop's counter 'i' is an integer: it cannot count from a Date (declare 'i' a Date).
  Trace(i)
FIN
