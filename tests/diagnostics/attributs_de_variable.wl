// Attributs après le type d'une variable : `<immuable>` fait d'une affectation ultérieure
// un WL106, `<utile>` ne dit rien d'une variable inutilisée, et un attribut qu'aucune
// variable ne prend est WL222, ignoré comme après l'entête d'une procédure
nTaux est un entier <immuable> = 5
nTaux += 1 // error: WL106:1 cannot assign to 'nTaux': it is declared immutable, its value is the one its declaration gives
sGardée est une chaîne <utile>
nBizarre est un entier <truc> = 2 // warning: WL222:24 unknown variable attribute '<truc>': it is ignored
Trace(nTaux + nBizarre)
tTaux est un tableau d'entiers = [1, 2]
POUR TOUT nTaux DE tTaux // error: WL106:11 cannot assign to 'nTaux': it is declared immutable, and a loop's variable is assigned at each turn
FIN
