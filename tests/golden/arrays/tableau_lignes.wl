// TableauAjouteLigne, TableauInsèreLigne, TableauSupprimeLigne (tableaux à deux dimensions), TableauAjouteTrié
m est un tableau de 0 par 3 entiers
Trace(TableauAjouteLigne(m, 1, 2, 3), TableauAjouteLigne(m, 7)) // expect: 1, 2
Trace(TableauOccurrence(m, 1), m[2, 1], m[2, 3]) // expect: 2, 7, 0
Trace(TableauInsèreLigne(m, 1, 9, 9, 9), m[1, 2], m[2, 3]) // expect: 1, 9, 3
TableauSupprimeLigne(m, 1)
Trace(TableauOccurrence(m, 1), m[1, 1]) // expect: 2, 1
s est un tableau d'entiers = [1, 3, 5]
Trace(TableauAjouteTrié(s, 4), TableauAjouteTrié(s, 0), TableauAjouteTrié(s, 9)) // expect: 3, 1, 6
Trace(TableauVersChaîne(s, ",")) // expect: 0,1,3,4,5,9
Trace(TableauAjouteLigne(m, 1, 2, 3, 4)) // expect error: TableauAjouteLigne: 4 values for 3 columns.
