// TableauTrie sur des valeurs d'une même énumération les trie dans leur ordre de
// déclaration, celui dans lequel `<` les compare (docs/semantics.md "Enumerations and
// combinations") ; il les triait par nom (EDebug, EErreur, ELog, ETrace). ttDécroissant
// l'inverse.
NiveauEnum est une Énumération
	EErreur = 0
	ELog = 1
	EDebug
	ETrace
FIN
tabNiveaux est un tableau de NiveauEnum
TableauAjoute(tabNiveaux, NiveauEnum.ETrace)
TableauAjoute(tabNiveaux, NiveauEnum.EErreur)
TableauAjoute(tabNiveaux, NiveauEnum.EDebug)
TableauAjoute(tabNiveaux, NiveauEnum.ELog)
TableauTrie(tabNiveaux, ttCroissant)
Trace(tabNiveaux[1], tabNiveaux[2], tabNiveaux[3], tabNiveaux[4]) // expect: EErreur, ELog, EDebug, ETrace
TableauTrie(tabNiveaux, ttDécroissant)
Trace(tabNiveaux[1], tabNiveaux[2], tabNiveaux[3], tabNiveaux[4]) // expect: ETrace, EDebug, ELog, EErreur
TableauTrie(tabNiveaux)
Trace(tabNiveaux[1] < tabNiveaux[2], tabNiveaux[1], tabNiveaux[4]) // expect: 1, EErreur, ETrace
