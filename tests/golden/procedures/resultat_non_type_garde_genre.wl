// Une procédure qui ne déclare pas le type de son résultat et renvoie une Date, une
// Heure ou une DateHeure donne une valeur qui garde son genre, comme un Variant
// (INFERRED, docs/semantics.md "A Time stored into a number, on every path") :
// `FinDeMois() + 1` collait "1" aux chiffres (202401311), `Midi() + 1 h` collait "1 h"
// (120000001 h), `Horodatage()..Heure` lisait le début de l'année (20).
Trace(FinDeMois() + 1, FinDeMois() - Début()) // expect: 20240201, 30
Trace(TypeVar(FinDeMois()) = wlDate, TypeVar(Midi()) = wlHeure) // expect: 1, 1
Trace(Midi() + 1 h, Horodatage()..Heure) // expect: 13000000, 17
i est un entier = Midi()
s est une chaîne = Midi()
Trace(i, s) // expect: 4320000, 12000000
PROCÉDURE FinDeMois()
  d est une Date = "20240131"
  RENVOYER d
PROCÉDURE Début()
  d est une Date = "20240101"
  RENVOYER d
PROCÉDURE Midi()
  h est une Heure = "1200"
  RENVOYER h
PROCÉDURE Horodatage()
  dh est une DateHeure = "20240131173000"
  RENVOYER dh
