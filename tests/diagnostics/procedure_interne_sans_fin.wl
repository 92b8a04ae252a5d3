// Une PROCÉDURE INTERNE écrite sans FIN : l'analyse la ferme là où sa fin est claire
// (docs/semantics.md "Internal procedure without END"), mais c'est une supposition, et
// le compilateur de WINDEV refuse le code : WL219 à l'en-tête, avec la ligne où elle
// est lue finir
PROCÉDURE Total(tabMontants est un tableau d'entiers)
nTotal est un entier = 0
POUR TOUT nMontant DE tabMontants
	AjouteLigne(nMontant)
FIN
RENVOYER nTotal
PROCÉDURE INTERNE AjouteLigne(n est un entier) // warning: WL219:1 'PROCÉDURE INTERNE AjouteLigne' has no FIN: it is read as ending before line 13; WINDEV's compiler refuses it
	nTotal += n
procédure interne Double(n est un entier) : entier // warning: WL219:1 'procédure interne Double' has no FIN: it is read as ending at the end of the code; WINDEV's compiler refuses it
	RENVOYER 2 * n
