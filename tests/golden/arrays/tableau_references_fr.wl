// TableauAjouteRéférence, TableauInsèreRéférence, TableauDéplaceLigne (décidés)
STP est une Structure
	Nom est une chaîne
FIN
s est un STP
s.Nom = "Léa"
t est un tableau de STP
Trace(TableauAjouteRéférence(t, s)) // expect: 1
s.Nom = "Noé"
Trace(t[1].Nom) // expect: Noé
Trace(TableauInsereReference(t, 2, s), TableauOccurrence(t)) // expect: 2, 2
t[2].Nom = "Zoé"
Trace(t[1].Nom, s.Nom) // expect: Zoé, Zoé
e est un tableau d'entiers = [5, 6, 7]
TableauDéplaceLigne(e, 3, 1)
Trace(TableauVersChaîne(e, ";")) // expect: 7;5;6
TableauInsèreRéférence(e, 9, 1) // expect error: ArrayInsertReference: index 9 is outside the array
