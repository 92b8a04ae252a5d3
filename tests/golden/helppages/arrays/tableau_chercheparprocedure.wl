// Page d'aide <Tableau>.ChercheParProcédure (doc.pcsoft.fr ?1000024303) : son exemple, tel
// qu'écrit (procédure interne de comparaison), le tableau rempli de trois références pour
// que la recherche ait un résultat (la page le laisse vide).
// Création d'un tableau de références
tabRéférence est un tableau de chaînes
tabRéférence.Ajoute("000001-A")
tabRéférence.Ajoute("123456-B")
tabRéférence.Ajoute("123457-C")
// Recherche d'une référence connue par ses 6 premiers caractères
nIndice est un entier
nIndice = tabRéférence.ChercheParProcédure(ProcCompareRéférenceCourte, ...
		tcLinéaire, 0, "123456")
Trace(nIndice) // expect: 2

// Procédure ProcCompareRéférenceCourte
PROCÉDURE INTERNE ProcCompareRéférenceCourte(ElémentRecherché, Recherche)
	// On compare les 6 premiers caractères des éléments du tableau 
	// avec la référence cherchée
	RENVOYER ChaîneCompare(Gauche(ElémentRecherché, 6), Recherche)
FIN
