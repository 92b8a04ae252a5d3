// TableauInsère, TableauSupprime et TableauCherche
t est un tableau de chaînes = ["b", "c"]
TableauInsère(t, 1, "a")
TableauSupprime(t, 3)
Trace(t[1] + t[2], TableauOccurrence(t)) // expect: ab, 2
Trace(TableauCherche(t, tcLinéaire, "b")) // expect: 2
Trace(TableauCherche(t, tcLineaire, "z")) // expect: -1
