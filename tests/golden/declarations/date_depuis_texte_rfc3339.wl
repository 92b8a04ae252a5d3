// une variable Date, Heure ou DateHeure qui reçoit un texte RFC 3339 / ISO 8601 garde
// les chiffres qu'il représente ; les chiffres de WINDEV sont lus comme avant
d est une Date = "2024-01-15"
Trace(d, d.Jour, d.Mois, d.Année) // expect: 20240115, 15, 1, 2024
dh est une DateHeure = "2024-01-15T10:30:00"
Trace(dh, dh.Heure, dh.Minute) // expect: 20240115103000000, 10, 30
h est une Heure = "10:30:15"
Trace(h, h.Seconde) // expect: 10301500, 15
s est une chaîne = "2024-02-29"
d = s
Trace(d + 1) // expect: 20240301
d = "2024-03-01T23:59:59"
Trace(d) // expect: 20240301
Affiche("2024-12-31")

PROCÉDURE Affiche(x est une Date)
Trace(x.Année, x.Mois, x.Jour) // expect: 2024, 12, 31
