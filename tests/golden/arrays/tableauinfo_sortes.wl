// Les sortes d'information de TableauInfo sont les nombres que répond le runtime de
// WINDEV Mobile (TableauInfo(t, 5) est tiTailleTotale) : tiDimension 1, tiNombreElements 7,
// tiNombreLignes 8 et tiNombreColonnes 9 (ceux d'un tableau à deux dimensions, 0 pour tout
// autre) ; 2 donne la taille de la dimension que nomme le troisième paramètre, 4 la
// taille d'un élément (noms non trouvés)
Trace(tiDimension, tiNombreElements, tiNombreLignes, tiNombreColonnes, tiTailleTotale) // expect: 1, 7, 8, 9, 5
t est un tableau d'entiers = [3, 1, 2]
Trace(TableauInfo(t, tiDimension), TableauInfo(t, tiNombreÉléments), TableauInfo(t, tiNombreLignes), TableauInfo(t, TINOMBRECOLONNES)) // expect: 1, 3, 0, 0
g est un tableau de 4 par 2 entiers
Trace(TableauInfo(g, tiDimension), TableauInfo(g, tiNombreElements), TableauInfo(g, tiNombreLignes), TableauInfo(g, tiNombreColonnes)) // expect: 2, 8, 4, 2
Trace(TableauInfo(g, 2), TableauInfo(g, 2, 2), TableauInfo(g, 2, 3), TableauInfo(t, 2)) // expect: 4, 2, 0, 3
Trace(TableauInfo(g, 4), TableauInfo(g, tiTailleTotale)) // expect: 4, 32
c est un tableau de 2 par 3 par 4 entiers
Trace(TableauInfo(c, tiDimension), TableauInfo(c, tiNombreLignes), TableauInfo(c, 2, 3)) // expect: 3, 0, 4
a est un tableau associatif de chaînes
a["x"] = "1"
a["y"] = "2"
Trace(TableauInfo(a, tiDimension), TableauInfo(a, tiNombreElements), TableauInfo(a, tiNombreLignes)) // expect: 1, 2, 0
s est un tableau de 2 chaînes
Trace(TableauInfo(s, 4)) // expect error: TableauInfo: an element's size (4) needs elements of a fixed size in bytes
