// TableauSomme n'existe pas en WLanguage : Somme(t) (wlinterp/semantics/other_names.py)
t est un tableau de entiers = [3, 1, 2]
Trace(Somme(t)) // expect: 6
Trace(t.Somme()) // expect: 6
Trace(TableauSomme(t)) // expect error: la somme des éléments d'un tableau est Somme(t)
