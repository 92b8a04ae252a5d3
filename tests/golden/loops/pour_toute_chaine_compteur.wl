// POUR TOUTE CHAÎNE avec un indice (et un compteur de passages), comme POUR TOUT sur un
// tableau : les morceaux sont numérotés à partir de 1 (INFERRED ; docs/semantics.md).
// C'était une erreur de syntaxe.
POUR TOUTE CHAÎNE sMot, nIndice DE "rouge;vert;bleu" SÉPARÉE PAR ";"
	Trace(nIndice, sMot)
FIN
// expect: 1, rouge
// expect: 2, vert
// expect: 3, bleu
POUR TOUTE CHAÎNE sMot, nIndice, nPassage DE "a,b;c" SÉPARÉE PAR [",", ";"] DepuisFin
	Trace(nIndice, nPassage, sMot)
FIN
// expect: 3, 1, c
// expect: 2, 2, b
// expect: 1, 3, a
