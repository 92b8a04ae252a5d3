// TableauSupprimeTout vide le tableau
t est un tableau de chaînes = ["a", "b"]
TableauSupprimeTout(t)
Trace(TableauOccurrence(t)) // expect: 0
