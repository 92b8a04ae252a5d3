// Les exemples des pages d'aide, en français.
Trace(Arrondi(FinValActuelle(-5000, 50000, 10, 8), 2))   // expect: 13074.77
Trace(Arrondi(FinValRemboursement(100000, 24, 8), 2))   // expect: -9497.8
Trace(Arrondi(FinTauxIntérêt(6, -5000, 25000), 4))   // expect: 5.4718
Trace(Arrondi(FinNbVersement(-7500, 5, 42000), 4))   // expect: 6.733
Trace(Arrondi(FinIntérêtPériode(25000, 5, 2, 6), 2))   // expect: -1066.23
Trace(Arrondi(FinAmortissementLinéaire(25000, 15000, 6), 2))   // expect: 1666.67
Trace(Arrondi(FinAmortissementDégressif(25000, 15000, 6), 2))   // expect: 170.83
Trace(Arrondi(FinValFuture(0, -100, 10, 5, Faux), 2))   // expect: 1257.79
Flux est un tableau de réels = [-1000, 300, 400, 500]
Trace(Arrondi(FinValActuelleNette(8, Flux), 2))   // expect: 17.63
Trace(FinAmortissementLinéaire(1, 1, 0), FinErreur() <> 0)   // expect: 0, 1
// FinAmortissement : plus de 1000 ans, ou un taux de -100 % ou moins, donne Faux et FinErreur 1
Trace(FinAmortissement("Long", finInFine, 1000, 5, 1000000000), FinErreur())   // expect: 0, 1
Trace(FinAmortissement("Ruine", finAnnuitéConstante, 1000, -100, 6), FinErreur())   // expect: 0, 1
// un coût négatif n'a pas de taux dégressif : FinErreur, pas d'arrêt
Trace(FinAmortissementDégressif(-3, 1, 2), FinErreur() <> 0)   // expect: 0, 1
// aucun flux : la somme de rien vaut 0, une valeur réelle (c'était "pas de valeur réelle", FinErreur 2)
tAucun est un tableau de réels
Trace(FinValActuelleNette(5, tAucun), FinErreur(), ErreurDétectée)   // expect: 0, 0, 0
