// TableauCherche avec tcLinéaireSuivant / tcLinéairePrécédent sans indice de départ
// reprend après (avant) la dernière occurrence trouvée dans ce tableau, comme le
// runtime de WINDEV Mobile (docs/builtins.md "ArraySeek's memory of the last match") :
// 1 pour un tableau neuf, oubliée après un échec, remise à 1 par TableauSupprimeTout.
t est un tableau d'entiers = [7, 5, 7, 9, 7]
Trace(TableauCherche(t, tcLinéairePremier, 7))     // expect: 1
Trace(TableauCherche(t, tcLinéaireSuivant, 7))     // expect: 3
Trace(TableauCherche(t, tclineairesuivant, 7))     // expect: 5
Trace(TableauCherche(t, TCLINÉAIRESUIVANT, 7))     // expect: -1
Trace(TableauCherche(t, tcLinéaireSuivant, 7))     // expect: 1
Trace(TableauCherche(t, tcLinéaireDernier, 7))     // expect: 5
Trace(TableauCherche(t, tcLinéairePrécédent, 7))   // expect: 3
Trace(t.Cherche(tcLinéairePrécédent, 7))           // expect: 1
Trace(TableauCherche(t, tcLineairePrecedent, 7))   // expect: -1
u est un tableau d'entiers = [7, 7]
Trace(TableauCherche(u, tcLinéaireSuivant, 7))     // expect: 2
TableauSupprimeTout(u)
TableauAjoute(u, 7)
TableauAjoute(u, 7)
Trace(TableauCherche(u, tcLinéaireSuivant, 7))     // expect: 2
Trace(TableauCherche(u, tcLinéairePrécédent, 7))   // expect: 1
