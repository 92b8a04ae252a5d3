// La famille Stat* en français : la variance d'un échantillon divise par n - 1, celle
// d'une population (fonctions en P) par n ; StatErreur donne le numéro de l'erreur.
d est un tableau d'entiers = [2, 4, 4, 4, 5, 5, 7, 9]
Trace(StatSomme(d), StatMoyenne(d), StatMin(d), StatMax(d))   // expect: 40, 5, 2, 9
Trace(StatVarianceP(d), StatEcartTypeP(d))   // expect: 4, 2
Trace(Arrondi(StatVariance(d), 6), Arrondi(StatEcartType(d), 6))   // expect: 4.571429, 2.13809
Trace(StatEcartMoyen(d))   // expect: 1.5
x est un tableau de réels = [3, 4, 8]
y est un tableau de réels = [3, 10, 8]
Trace(Arrondi(StatCovariance(x, y), 6), Arrondi(StatCorrelation(x, y), 6))   // expect: 2.666667, 0.419314
Trace(StatErreur())   // expect: 0
vide est un tableau d'entiers
Trace(StatMoyenne(vide), ErreurDétectée, StatErreur())   // expect: 0, 1, 1
Trace(Arrondi(statecarttype(y), 6), STATERREUR())   // expect: 3.605551, 0
