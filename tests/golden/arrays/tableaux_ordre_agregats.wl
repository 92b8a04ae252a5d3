// TableauInverse, TableauSupprimeDoublon, TableauCopie, TableauEchangeLigne, TableauDéplace, TableauMélange ;
// Somme/Moyenne (un tableau ou des valeurs) et les agrégats Stat...
t est un tableau d'entiers = [3, 1, 2, 3, 1]
TableauInverse(t)
Trace(TableauVersChaîne(t, ",")) // expect: 1,3,2,1,3
Trace(TableauSupprimeDoublon(t), TableauVersChaîne(t, ","), TableauOccurrence(t)) // expect: 2, 1,3,2, 3
c est un tableau d'entiers = TableauCopie(t)
c[1] = 99
Trace(t[1], c[1]) // expect: 1, 99
TableauEchangeLigne(t, 1, 3)
Trace(TableauVersChaîne(t, ",")) // expect: 2,3,1
TableauDéplace(t, 1, 3)
Trace(TableauVersChaîne(t, ",")) // expect: 3,1,2
Trace(Somme(t), Somme(1, 2, 3.5), Moyenne(2, 4), Moyenne(t)) // expect: 6, 6.5, 3, 2
n est un tableau de numériques = [0.1, 0.2]
Trace(Somme(n)) // expect: 0.3
d est un tableau d'entiers = [2, 4, 4, 4, 5, 5, 7, 9]
Trace(StatMin(d), StatMax(d), StatSomme(d), StatMoyenne(d), StatEcartTypeP(d), StatVarianceP(d)) // expect: 2, 9, 40, 5, 2, 4
s est un tableau d'entiers = [1, 2, 3, 4, 5]
TableauMélange(s)
Trace(Somme(s), TableauOccurrence(s)) // expect: 15, 5
e est un tableau d'entiers
Trace(Somme(e)) // expect: 0
TableauEchangeLigne(t, 1, 9) // expect error: TableauEchangeLigne: index 9 is outside the array (1 to 3).
