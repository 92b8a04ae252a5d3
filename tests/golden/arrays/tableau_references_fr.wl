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
TableauAjouteRéférence(e, 8)
Trace(TableauInsèreRéférence(e, 5, 9), TableauVersChaîne(e, ";")) // expect: 5, 7;5;6;8;9
Trace(ErreurDétectée) // expect: 0
TableauDéplaceLigne(e, 0, 1) // expect error: TableauDéplaceLigne: line 0 is outside the array (1 to 5)
