// Un Variant qui tient un texte, comparé à une Date, une Heure ou une DateHeure, lit le
// texte comme ce type le lit, comme le fait une chaîne déclarée (« 2024-01-05 » est le
// 5 janvier ; « 20240105 » une DateHeure à minuit) ; il comparait les caractères du texte
// aux chiffres, donc « 2024-01-05 » venait avant toute date et n'en égalait aucune. Toute
// autre valeur du Variant (un nombre, une date, Null) se compare comme avant. (décidé :
// docs/semantics.md "A Variant holding a text compared with a date")
dhRéunion est une DateHeure = "20240105103000"
dJour est une Date = "20240105"
hDébut est une Heure = "1030"
v est un Variant = "2024-01-05"
Trace(v = dJour, v < dhRéunion, dhRéunion > v)   // expect: 1, 1, 1
v = "20240105103000"
Trace(v = dhRéunion, v <> dhRéunion)   // expect: 1, 0
v = "20991231"
Trace(v < dhRéunion, v > dJour)   // expect: 0, 1
v = "10:30"
Trace(v = hDébut)   // expect: 1
s est une chaîne = "2024-01-05"
Trace(s = dJour, v = hDébut)   // expect: 1, 1
v = "2024-01-05"
Trace(dJour DANS (v, "x"))   // expect: 1
SELON dJour
	CAS v : Trace("le 5")   // expect: le 5
	AUTRE CAS : Trace("un autre jour")
FIN
v = dJour
Trace(v = dJour, v < dhRéunion)   // expect: 1, 1
