// Une chaîne multiligne dont la première ligne commence par un nombre suivi d'un mot
// (une adresse, un compte, une liste numérotée) est du texte : aucun élément de tableau
// ne commence ainsi. Un nombre suivi d'une unité de durée ou d'un mot opérateur reste un
// élément de tableau (docs/semantics.md, "Multi-line strings")
sCorps est une chaîne
sCorps = [
	3 articles ont été expédiés aujourd'hui.
	Merci de votre commande.
]
Trace(Remplace(sCorps, RC, " | "))
sAdresse est une chaîne =
[
	12 rue des Lilas
	75011 Paris
]
Trace(Taille(sAdresse), ExtraitChaîne(sAdresse, 2, RC))
sMenu est une chaîne = [
1. Ouvrir
2. Enregistrer
]
Trace(ExtraitChaîne(sMenu, 2, RC))
tabAttentes est un tableau de Durées = [
	3 min, 45 s
]
Trace(tabAttentes[1]..EnSecondes + tabAttentes[2]..EnSecondes)
tabDrapeaux est un tableau de booléens = [
	1 ET 0, 1 OU 0
]
Trace(tabDrapeaux[1], tabDrapeaux[2])
// expect: 3 articles ont été expédiés aujourd'hui. | Merci de votre commande.
// expect: 29, 75011 Paris
// expect: 2. Enregistrer
// expect: 225
// expect: 0, 1
