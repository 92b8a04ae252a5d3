// Les valeurs de deux énumérations différentes n'ont pas d'ordre entre elles : `<`, `<=`,
// `>`, `>=` arrêtent l'exécution (décidé, INFERRED : une variable d'une énumération ne
// prend que ses valeurs, ?1514067 ; aucune page stockée n'en ordonne deux). Elles se
// comparaient par leur place en mémoire, vrai une fois, faux la suivante. `=` dit toujours
// qu'elles diffèrent ; une même énumération s'ordonne par rang.
NiveauEnum est une Énumération
	EErreur
	ELog
FIN
Couleur est une Énumération
	Rouge
	Vert
FIN
niv est un NiveauEnum = ELog
c est une Couleur = Vert
Trace(niv > EErreur, Rouge < Vert, niv = c) // expect: 1, 1, 0
Trace(Vert >= niv) // expect error: A value of the enumeration Couleur cannot be ordered against a value of the enumeration NiveauEnum
