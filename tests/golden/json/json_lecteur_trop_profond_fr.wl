// Un jsonLecteur qui lit en entier (..Valeur, POUR CHAQUE x DE lecteur) un membre imbriqué
// sur 4 000 niveaux s'arrêtait sur « Stack overflow » et restait à l'intérieur : le membre
// suivant n'était jamais atteint. Maintenant la valeur est passée, l'erreur donne sa
// profondeur et la limite de 1 000 niveaux (runtime/json_depth.py ; décidé FS 6 déc.
// 2026), et la boucle continue au membre suivant. Le parcours EN PROFONDEUR lit toute
// profondeur. Jumeau anglais json_reader_too_deep_en.wl.
sFichier est une chaîne = fRepTemp() + "\wl_lecteur_profond_" + DonneIdentifiant() + ".json"
fSauveTexte(sFichier, "{""profond"": " + Répète("[", 4000) + Répète("]", 4000) + ", ""suivant"": {""qte"": 2}}")
l est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR CHAQUE l
	POUR CHAQUE l
		QUAND EXCEPTION DANS
			v est un Variant = l..Valeur
			Trace(l..Nom, "lu", VariantVersJSON(v))
		FAIRE
			Trace(l..Nom, ExceptionInfo(errMessage))
		FIN
	FIN
FIN
// expect: profond, The JSON is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
// expect: suivant, lu, {"qte":2}
nÉléments est un entier
l = JSONOuvreLecteur(sFichier)
POUR CHAQUE l EN PROFONDEUR
	nÉléments++
FIN
Trace(nÉléments) // expect: 4003
fSupprime(sFichier)
