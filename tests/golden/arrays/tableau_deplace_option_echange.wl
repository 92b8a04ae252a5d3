// TableauDéplace et TableauDéplaceLigne prennent un quatrième paramètre : -2147483648
// échange les deux éléments (comme TableauEchangeLigne), toute autre valeur déplace,
// comme sans lui (runtime de WINDEV Mobile, api/WDAPITableau.java).
tab est un tableau de chaînes = ["a", "b", "c", "d"]
TableauDéplace(tab, 1, 3, -2147483648)
Trace(TableauVersChaîne(tab, ";"))       // expect: c;b;a;d
TableauDéplace(tab, 1, 3, 0)
Trace(TableauVersChaîne(tab, ";"))       // expect: b;a;c;d
tab.Déplace(4, 1, -2147483648)
Trace(TableauVersChaîne(tab, ";"))       // expect: d;a;c;b
grille est un tableau de 3 par 2 entiers = [[1, 2], [3, 4], [5, 6]]
TableauDéplaceLigne(grille, 1, 3, -2147483648)
Trace(grille[1, 1], grille[2, 1], grille[3, 2])   // expect: 5, 3, 2
TableauDéplace(tab, 0, 2, -2147483648)   // expect error: TableauDéplace: index 0 is outside the array
