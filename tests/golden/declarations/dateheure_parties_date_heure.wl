// Les parties date et heure d'une DateHeure écrites avec un seul point, comme `..Date`
// (`dh.Date` était lu comme un membre de structure). Sur une variable, un membre de
// structure et un élément de tableau, en lecture et en écriture. (En français, `..Heure`
// d'une DateHeure est son heure, un nombre : la partie heure s'écrit `..Time`.)
dh est une DateHeure = "20240305143000"
Trace(dh.Date, dh.Time)
// expect: 20240305, 14300000
dh.Time = "0800"
dh.Date = "20250101"
Trace(dh)
// expect: 20250101080000000
ST_Réunion est une Structure
  Début est une DateHeure
FIN
r est une ST_Réunion
r.Début = "20240101120000"
Trace(r.Début.Date, r.Début.Heure)
// expect: 20240101, 12
r.Début.Date = "20231231"
Trace(r.Début)
// expect: 20231231120000000
