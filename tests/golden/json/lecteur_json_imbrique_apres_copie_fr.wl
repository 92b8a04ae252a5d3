// Un POUR CHAQUE Lecteur dans un POUR CHAQUE x DE Lecteur, ou après ..Valeur, ne
// parcourait rien, sans rien dire : l'élément a été lu en entier. Désormais une erreur
// claire (décidé, docs/builtins.md "The jsonReader type").
sFic est une chaîne = fRepTemp() + fSep() + "wl_golden_lj_imbrique_" + Hasard(1, 999999999) + ".json"
fSauveTexte(sFic, "{""a"": [1, 2], ""b"": 3}")
Lecteur est un jsonLecteur = JSONOuvreLecteur(sFic)
fSupprime(sFic) // (le lecteur ouvert le lit encore)
POUR CHAQUE Lecteur
	POUR CHAQUE Lecteur
		SI Lecteur..Nom = "a" ALORS
			Trace(Lecteur..Valeur) // expect: [1,2]
			POUR CHAQUE Lecteur // expect error: jsonReader: FOR EACH reader cannot go into an object or an array that was read whole (by FOR EACH x OF reader, or ..Value)
				Trace("dedans")
			FIN
		FIN
	FIN
FIN
