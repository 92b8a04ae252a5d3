// Une Date, une Heure ou une DateHeure passée en paramètre garde son type : un paramètre
// DateHeure qui reçoit une Heure vaut cette heure-là aujourd'hui, un paramètre non typé
// prend le type de l'argument (?1514076) (docs/semantics.md).
h est une Heure = "0830"
d est une Date = "20240131"
Créneau(h)
Genre(d)
Lendemain(d)
PROCÉDURE Créneau(x est une DateHeure)
Trace(x..Heure, x..Minute, x..Date = DateSys()) // expect: 8, 30, 1
PROCÉDURE Genre(p)
Trace(TypeVar(p) = wlDate) // expect: 1
PROCÉDURE Lendemain(p)
Trace(p + 1) // expect: 20240201
