// Un Variant passé à TableauAjoute ou TableauInsère (une fonction qui change la taille
// du tableau que tient son premier argument) tient un tableau ensuite, comme
// `v[1] = 5` lui en donne un : pas de WL204 "jamais affecté" à sa déclaration, ni "lu
// avant toute affectation" plus bas. Une fonction qui ne fait que lire (TableauOccurrence)
// voit encore la valeur par défaut, et un Variant seulement lu reste WL204.
vListe est un Variant
TableauAjoute(vListe, 5)
Trace(vListe[1])
vPlus est un variant
TableauInsère(vPlus, 1, "a")
Trace(vPlus[1], TableauOccurrence(vPlus))
vVide est un Variant // warning: WL204:1 'vVide' is used but never assigned: it always holds its default value
Trace(vVide)
Remplir()

PROCÉDURE Remplir()
vLignes est un Variant
Trace(TableauOccurrence(vLignes)) // warning: WL204:25 'vLignes' is read before any assignment: it still holds its default value here
tableauinsere(vLignes, 1, 7)
Trace(vLignes[1])
