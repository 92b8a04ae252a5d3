// `o est CClasse` : Vrai quand o contient un objet de la classe ou d'une classe dérivée
// (page de l'opérateur "is <Class>", ?6010013), Faux pour une autre classe, sans objet
// ou pour une valeur qui n'est pas un objet. Avant, `SI pForme est CCarré ALORS` ne
// se lisait pas (EST ouvrait toujours un type).
CForme est une Classe
	m_sNom est une chaîne
FIN
CCarré est une Classe
	hérite de CForme
FIN
CCercle est une Classe
	un objet CForme
FIN
tabFormes est un tableau de CForme dynamique
TableauAjoute(tabFormes, allouer un CCarré)
TableauAjoute(tabFormes, allouer un CCercle)
POUR TOUT pForme DE tabFormes
	SI pForme est CCarré ALORS
		Trace("carré")
	SINON SI pForme EST CCercle ALORS
		Trace("cercle")
	FIN
FIN
// expect: carré
// expect: cercle
bCercle est un booléen = tabFormes[2] est CForme
pAucune est un CForme dynamique
Trace(bCercle, pAucune est CForme, tabFormes[1] est CCercle)
// expect: 1, 0, 0
CAS_TEST est une chaîne = "x"
SELON CAS_TEST
	CAS "x": o est un CCarré
		Trace(o est CForme)
FIN
// expect: 1
