// TableauAjoute, Ajoute, TableauOccurrence, TableauSupprimeTout
noms est un tableau de chaînes
TableauAjoute(noms, "Anne")
Ajoute(noms, "Paul")
Trace(TableauOccurrence(noms), noms[1]) // expect: 2, Anne
TableauSupprimeTout(noms)
Trace(TableauOccurrence(noms)) // expect: 0
