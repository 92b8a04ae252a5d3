// Procédures lambda et procédures internes passées en paramètre (mots-clés français)
tabNombres est un tableau d'entiers = [3, 1, 2]
TableauTrie(tabNombres, ttFonction, (a, b) => { RENVOYER a - b })
Trace(tabNombres[1], tabNombres[3]) // expect: 1, 3
TableauTrie(tabNombres, ttFonction, Compare)
Trace(tabNombres[1]) // expect: 3
nTotal est un entier
pAjoute est une procédure = v => { nTotal += v }
pAjoute(4); pAjoute(6)
Trace(nTotal) // expect: 10
pCarré est une procédure = (x) => x * x
Trace(pCarré(9)) // expect: 81
// la procédure interne peut être déclarée après son utilisation
PROCÉDURE INTERNE Compare(e1, e2)
	SI e1 > e2 ALORS RENVOYER -1
	SI e1 < e2 ALORS RENVOYER 1
	RENVOYER 0
FIN
