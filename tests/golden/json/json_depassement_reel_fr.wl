// Un réel au-delà d'environ 1,8e308 écrit en texte JSON (le résultat d'un calcul rangé
// dans un membre JSON) donne l'erreur « Numeric overflow », qu'on peut intercepter,
// comme là où un tel résultat est affiché en texte : il était écrit Infinity, qu'aucun
// lecteur JSON n'accepte, dans une réponse REST ou un fichier. (Le 1e400 d'un texte
// JSON est refusé à la lecture : json_nombre_hors_reel_fr.wl.)
jEntrée est un JSON = "{""n"": 2}"
jEntrée.grand = 1e300 * 1e300
Trace(jEntrée.n) // expect: 2
QUAND EXCEPTION DANS
	Trace(jEntrée)
FAIRE
	Trace(ExceptionInfo()) // expect: Numeric overflow: a number beyond the largest real (about 1.8e308) cannot be written in JSON.
FIN
vRéponse est un Variant
vRéponse.total = 1e300 * 1e300
sTexte est une chaîne = VariantVersJSON(vRéponse) // expect error: Numeric overflow: a number beyond the largest real
Trace(sTexte)
