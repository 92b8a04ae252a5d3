// Une Heure lue par indirection (`{"h", indVariable}`, `{"o.h"}`) compte ses centièmes de
// seconde affectée à un nombre, comme `i = h` (INFERRED, docs/semantics.md "A Time
// stored into a number") : elle donnait les chiffres HHMMSSCC (12:00 donnait 12000000).
// Une Date ou une DateHeure lue ainsi garde son genre (`{"d"} + 1` est le lendemain).
h est une Heure = "1200"
i est un entier = {"h", indVariable}
Trace(i) // expect: 4320000
i = {"h"}
r est un réel = {"h", indVariable} + 1
Trace(i, r) // expect: 4320000, 4320001
STRUCTURE Créneau
  h est une Heure
FIN
o est un Créneau
o.h = "0130"
j est un entier = {"o.h"}
Trace(j) // expect: 540000
d est une Date = "20240131"
Trace({"d"} + 1) // expect: 20240201
dh est une DateHeure = "20240131103000"
Trace({"dh"}..Heure, {"h"}..Heure, {"d"}..Année) // expect: 10, 12, 2024
Trace(TypeVar({"h"}) = wlHeure, TypeVar({"d"}) = wlDate) // expect: 1, 1
{"h", indVariable} = 360000
Trace(h) // expect: 01000000
