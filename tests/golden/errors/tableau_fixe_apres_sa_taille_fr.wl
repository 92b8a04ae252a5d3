// Un indice littéral au-delà de la taille déclarée d'un tableau fixe : ses dimensions ne
// changent jamais (?1514025), l'exécution s'arrête donc là quoi qu'il contienne, et
// `wl check` le dit aussi maintenant (WL110, les mots de l'exécution au tableau : il ne
// disait rien). Un tableau dynamique a pu grandir : ses indices restent à l'exécution.
CONSTANTE MOIS = 12
tabTotauxMois est un tableau fixe de MOIS monétaires
tabTotauxMois[12] = 150.5
Trace(tabTotauxMois[12]) // expect: 150.5
tabGrille est un tableau fixe de 2 par 3 entiers
tabGrille[2, 3] = 7
tabCroissant est un tableau de 3 entiers
tabCroissant.Ajoute(4)
Trace(tabGrille[2, 3], tabCroissant[4]) // expect: 7, 4
QUAND EXCEPTION DANS
	tabGrille[2, 4] = 1 // wl: ignore[WL110]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Index 4 is out of range for dimension 2 (size 3).
FIN
Trace(tabTotauxMois[13]) // expect error: Index 13 is out of range: the array has 12 element(s).
