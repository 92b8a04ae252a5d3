// CSVVersTableau sur un texte qui mêle des lignes sans guillemets (coupées d'un coup) et des
// lignes avec un champ entre guillemets (lues caractère par caractère) : les mêmes champs,
// quelles que soient les fins de ligne (jumeau de csv_mixed_lines_en.wl).
sCSV est une chaîne = "1;simple;x" + RC + "2;""entre; guillemets"";y" + Caract(10) + "3;""dit """"oui"""""";z" + Caract(13) + "4;""deux" + RC + "lignes"";w" + RC + RC + "5;fin;v"
tabGrille est un tableau de 0 par 0 chaînes = CSVVersTableau(sCSV, ";")
Trace(TableauInfo(tabGrille, tiNombreLignes), TableauInfo(tabGrille, tiNombreColonnes)) // expect: 6, 3
POUR nLigne = 1 _A_ TableauInfo(tabGrille, tiNombreLignes)
	Trace(nLigne, "[" + tabGrille[nLigne, 1] + "]", "[" + Remplace(tabGrille[nLigne, 2], RC, "/") + "]", "[" + tabGrille[nLigne, 3] + "]")
FIN
// expect: 1, [1], [simple], [x]
// expect: 2, [2], [entre; guillemets], [y]
// expect: 3, [3], [dit "oui"], [z]
// expect: 4, [4], [deux/lignes], [w]
// expect: 5, [], [], []
// expect: 6, [5], [fin], [v]
// un séparateur de deux caractères, la même ligne entre guillemets et simple
tabDeux est un tableau de 0 par 0 chaînes = CSVVersTableau("a||b||c" + RC + """a""||""b||b""||c", "||")
Trace(tabDeux[1, 2], tabDeux[2, 2], tabDeux[2, 3]) // expect: b, b||b, c
// un guillemet jamais fermé : ErreurDétectée, le tableau vide
tabOuvert est un tableau de 0 par 0 chaînes = CSVVersTableau("a;""ouvert" + RC + "b;c", ";")
Trace(ErreurDétectée, TableauInfo(tabOuvert, tiNombreLignes)) // expect: 1, 0
