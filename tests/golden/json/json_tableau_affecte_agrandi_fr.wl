// Un tableau que le programme donne à un membre JSON ou au sous-élément d'un variant
// (`j.erreurs = []`) s'agrandit quand on écrit un élément après sa fin, comme un
// tableau JSON lu dans un texte : `j.erreurs[1] = "..."` était hors limites.
vRéponse est un JSON
vRéponse.erreurs = []
POUR i = 1 À 3
	vRéponse.erreurs[i] = "erreur " + i
FIN
Trace(vRéponse)                           // expect: {"erreurs":["erreur 1","erreur 2","erreur 3"]}
tabCodes est un tableau de chaînes = ["X"]
vRéponse.codes = tabCodes
vRéponse.codes[2] = "Y"
Trace(vRéponse.codes..Occurrence, TableauOccurrence(tabCodes)) // expect: 2, 1
vJournal est un Variant
vJournal.lignes = []
vJournal.lignes[1] = "début"
Trace(VariantVersJSON(vJournal))          // expect: {"lignes":["d\u00E9but"]}
