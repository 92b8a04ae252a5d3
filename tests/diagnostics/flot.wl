// WL204 en français : une lecture qu'aucun chemin n'a encore affectée
nSomme est un entier
sNom est une chaîne
Trace(nSomme) // warning: WL204:7 'nSomme' is read before any assignment: it still holds its default value here
SI nSomme = 0 ALORS
	sNom = "a"
FIN
nSomme = 3
Trace(sNom, nSomme)
// une partie affectée (`..Jour`, `..EnMinutes`) affecte la Date ou la Durée
dÉchéance est une Date
dÉchéance..Jour = 1
Trace(dÉchéance)
duPause est une Durée
duPause..EnMinutes = 90
Trace(duPause..EnHeures)
// un membre affecté (`v.fichier = x`) affecte le Variant : pas de WL204
vRésumé est un Variant
vRésumé.fichier = "a.csv"
vRésumé.journaux["VT"] = 12
Trace(VariantVersJSON(vRésumé))
vVide est un Variant // warning: WL204:1 'vVide' is used but never assigned: it always holds its default value
Trace(vVide.fichier)
