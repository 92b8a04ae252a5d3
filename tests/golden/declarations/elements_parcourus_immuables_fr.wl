// POUR TOUT sur un tableau déclaré <immuable> parcourt ses éléments eux-mêmes : la
// variable de la boucle est chacun d'eux, l'affecter changerait le tableau : refusé avant
// l'exécution, comme `tabTaux[1] = 9`. Les lire s'exécute. Avant, rien n'était dit et
// tabTaux[1] devenait 9.
tabTaux est un tableau d'entiers <immuable> = [5, 10]
nSomme est un entier
POUR TOUT nTaux DE tabTaux
	nSomme += nTaux
FIN
Trace(nSomme)
POUR TOUT nTaux DE tabTaux
	nTaux = 9 // expect error: cannot assign to 'nTaux': it stands for an element of 'tabTaux', which is declared immutable: its value is the one its declaration gives
FIN
