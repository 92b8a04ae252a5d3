// La précision écrite après `numérique` vaut aussi pour les éléments d'un tableau :
// `tableau de 5 numériques (10,2)` arrondit ce qui est stocké à 2 décimales, comme
// `n est un numérique (10,2)` ; les éléments gardaient toutes les décimales, et le
// pluriel `numériques (10,2)` s'arrêtait (« 'array of numeric' is not a class »).
n est un numérique (10,2)
n = 1.256
Trace(n) // expect: 1.26
prix est un tableau de 3 numériques (10,2)
prix[1] = 1.256
prix[2] = 2.004
Trace(prix[1], prix[2], prix[3]) // expect: 1.26, 2, 0
totaux est un tableau de numériques (10, 2)
totaux.Ajoute(3.456)
TableauAjoute(totaux, 1.005)
Trace(totaux[1], totaux[2]) // expect: 3.46, 1.01
taux est un tableau de numérique (*)
taux.Ajoute(1.23456789)
Trace(taux[1]) // expect: 1.23456789
