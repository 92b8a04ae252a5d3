// Une Date, une Heure ou une DateHeure comparée à un texte : le texte est lu comme il
// l'est quand on l'affecte à une variable de ce type (formes RFC 3339 / ISO 8601, chiffres
// de WINDEV) : on compare des dates, pas des textes (décidé, docs/semantics.md)
d est une Date = "20240115"
Trace(d = "2024-01-15", "2024-01-15" = d, d <> "2024-01-15") // expect: 1, 1, 0
Trace(d = "20240115", d < "2024-02-01", d > "2023-12-31T23:59:00") // expect: 1, 1, 1
s est une chaîne = "2024-01-15"
Trace(d = s, d <= s) // expect: 1, 1
SI d DANS ("2024-01-14", "2024-01-15") ALORS Trace("dans") // expect: dans
SELON d
	CAS "2024-01-15" : Trace("cas 2024-01-15") // expect: cas 2024-01-15
	AUTRE CAS : Trace("autre")
FIN
// un autre texte est comparé tel quel
Trace(d = "15/01/2024") // expect: 0
dh est une DateHeure = "2024-01-15T10:30:00"
Trace(dh = "2024-01-15T10:30:00", dh = "20240115103000", dh > "2024-01-15") // expect: 1, 1, 1
h est une Heure = "10:30"
Trace(h = "10:30", h = "10:30:00", h < "10:31", h = "103000") // expect: 1, 1, 1, 1
