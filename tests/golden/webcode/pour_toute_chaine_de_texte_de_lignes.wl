// POUR TOUTE CHAÎNE sur un texte de plusieurs lignes (`POUR TOUTE CHAÎNE x DE "`, le
// texte, puis `" SÉPARÉE PAR ","`) : le guillemet après DE ouvre le texte. DE est un mot
// clé « souple » (il peut nommer une variable) ; il comptait pour un opérande, après
// lequel un guillemet n'ouvre aucun texte de lignes : l'exécution s'arrêtait (unterminated
// string). Un mot clé n'est pas un opérande.
POUR TOUTE CHAÎNE x DE "
a,b
" SÉPARÉE PAR ","
	Trace(x) // expect: a
	// expect: b
FIN
