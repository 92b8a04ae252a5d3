// Un nombre ajouté à une DateHeure ou retiré d'elle compte des jours, comme à côté d'une
// Date (INFERRED, pages ?2512043 et ?1000024190) : `dt + 0.5` est 12 heures plus tard.
// Il comptait des millisecondes, et `dt - 1` s'arrêtait ("'1' is not a valid datetime").
dtRéunion est une DateHeure = "20240115103000"
Trace(dtRéunion + 1, dtReunion - 1) // expect: 20240116103000000, 20240114103000000
Trace(dtRéunion + 0.5, TypeVar(dtRéunion - 2) = wlDateHeure) // expect: 20240115223000000, 1
dtRéunion += 1
dtRéunion -= 0.25
Trace(dtRéunion, dtRéunion + 1 h) // expect: 20240116043000000, 20240116053000000
bEnRetard est un booléen = Vrai
Trace(dtRéunion + bEnRetard) // expect: 20240117043000000
// Au-delà du 31/12/9999 l'exécution s'arrête en nommant la plage d'une DateHeure.
dtDernière est une DATEHEURE = "99991231120000"
SI dtDernière - 1 > dtRéunion ALORS Trace("avant") // expect: avant
dtDernière = dtDernière + 1 // expect error: DateTime out of range: 31/12/9999 12:00:00 + 1 d falls outside the moments a DateTime can hold, 01/01/0001 00:00:00 to 31/12/9999 23:59:59.
