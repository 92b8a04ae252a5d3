// DéplaceLigne et EchangeLigne sur un tableau, comme le runtime de WINDEV Mobile les
// exécute (api/WDAPICollection.java : #DEPLACE_LIGNE et #ECHANGE_LIGNE prennent toute
// collection) : les mêmes fonctions que TableauDéplaceLigne et TableauEchangeLigne,
// appelées en fonctions ou en méthodes, à une et à deux dimensions.
tab est un tableau de chaînes = ["a", "b", "c", "d"]
DéplaceLigne(tab, 1, 3)
Trace(TableauVersChaîne(tab, ";"))       // expect: b;c;a;d
EchangeLigne(tab, 1, 4)
Trace(TableauVersChaîne(tab, ";"))       // expect: d;c;a;b
tab.DeplaceLigne(4, 1)
tab.ÉchangeLigne(2, 3)
Trace(TableauVersChaîne(tab, ";"))       // expect: b;c;d;a
grille est un tableau de 3 par 2 entiers = [[1, 2], [3, 4], [5, 6]]
DEPLACELIGNE(grille, 3, 1)
Trace(grille[1, 1], grille[1, 2], grille[2, 1], grille[3, 2])   // expect: 5, 6, 1, 4
DéplaceLigne(tab, 0, 2)                  // expect error: DéplaceLigne: line 0 is outside the array
