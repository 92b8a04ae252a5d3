// Page d'aide "Remplace (Fonction)" (doc.pcsoft.fr) : la chaîne à remplacer peut être un
// tableau de chaînes, le remplacement aussi (le n-ième remplace le n-ième).
sTexte est une chaîne = "Bonjour Madame, bonjour Monsieur"
Trace(Remplace(sTexte, "bonjour", "Salut", SansCasse)) // expect: Salut Madame, Salut Monsieur
Trace(Remplace(sTexte, ["Madame", "Monsieur"], ["Mme", "M."])) // expect: Bonjour Mme, bonjour M.
Trace(ExtraitChaîne("a,b;c,d", 3, [",", ";"])) // expect: c
Trace(ExtraitChaîne("x,y,z", 1, ",", DepuisFin)) // expect: z
Trace(ExtraitChaîneEntre("<b>gras</b> et <b>fin</b>", 2, "<b>", "</b>")) // expect: fin
c est une chaîne = "abc"
c[[2]] = "X"
Trace(c) // expect: aXc
