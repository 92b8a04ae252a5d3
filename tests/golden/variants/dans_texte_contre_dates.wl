// `x DANS (...)` où x est un texte (chaîne, Variant, littéral) et un élément une Date,
// une Heure ou une DateHeure : chacun de ces éléments se compare comme `x = élément`, le
// texte lu comme ce type le lit (décidé, docs/semantics.md "A text tested with IN against
// dates"). Les caractères du texte étaient comparés aux chiffres.
dJour est une Date = "20240105"
dAutre est une Date = "20240301"
hOuverture est une Heure = "0830"
dhRéunion est une DateHeure = "20240105103000"
vTexte est un Variant = "2024-01-05"
sTexte est une chaîne = "2024-01-05"
Trace(vTexte DANS (dAutre, dJour)) // expect: 1
Trace(sTexte dans (dAutre, dJour)) // expect: 1
Trace("2024-03-01" DANS (dJour, dAutre)) // expect: 1
Trace(sTexte DANS (dAutre)) // expect: 0
Trace(sTexte PAS DANS (dAutre)) // expect: 1
Trace("08:30" DANS (hOuverture), "0830" DANS (hOuverture), "09:30" DANS (hOuverture)) // expect: 1, 1, 0
Trace("20240105103000" DANS (dhRéunion), "2024-01-05T10:30:00" DANS (dhReunion)) // expect: 1, 1
Trace(sTexte DANS ("x", dJour), vTexte _DANS_ (dAutre, dJour)) // expect: 1, 1
n est un entier = 3060000
Trace(n DANS (hOuverture)) // expect: 1
