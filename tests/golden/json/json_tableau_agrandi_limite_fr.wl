// Un tableau JSON écrit loin après sa fin (`vRéponse.erreurs[2000000000] = "x"`, un
// indice lu dans une requête) grandit dans la limite des tableaux (--max-array,
// 50 000 000 éléments par défaut), comme un tableau du programme : il grandissait sans
// limite, des minutes durant, jusqu'à épuiser la mémoire. « Array too large » est une
// exception WLangage.
vRéponse est un JSON
vRéponse.erreurs = []
QUAND EXCEPTION DANS
	vRéponse.erreurs[2000000000] = "x"
FAIRE
	Trace(ExceptionInfo()) // expect: Array too large: 2,000,000,000 elements (at most 50,000,000; see --max-array).
FIN
vRéponse.erreurs[2] = "gardé"
Trace(vRéponse) // expect: {"erreurs":[null,"gardé"]}
