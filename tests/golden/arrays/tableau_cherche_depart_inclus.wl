// L'indice de départ de TableauCherche est l'élément où le parcours commence, inclus,
// comme dans le runtime de WINDEV Mobile (docs/builtins.md "ArraySeek's memory of the
// last match") : vers la fin pour tcLinéaire, tcLinéairePremier et tcLinéaireSuivant,
// vers le début pour tcLinéairePrécédent et tcLinéaireDernier. tcDichotomique vaut 1.
t est un tableau d'entiers = [7, 5, 7, 9, 7]
Trace(TableauCherche(t, tcLinéaireSuivant, 7, 3))     // expect: 3
Trace(TableauCherche(t, tclineairesuivant, 7, 4))     // expect: 5
Trace(TableauCherche(t, tcLinéairePremier, 7, 2))     // expect: 3
Trace(TableauCherche(t, tcLinéaire, 9, 4))            // expect: 4
Trace(TableauCherche(t, tcLinéairePrécédent, 7, 3))   // expect: 3
Trace(TableauCherche(t, TCLINEAIREPRECEDENT, 7, 2))   // expect: 1
Trace(TableauCherche(t, tcLinéaireDernier, 7, 4))     // expect: 3
Trace(t.Cherche(tcLinéaireDernier, 5, 1))             // expect: -1
// 0 vaut « sans indice de départ » ; un indice négatif ne trouve rien
Trace(TableauCherche(t, tcLinéairePremier, 7, 0))     // expect: 1
Trace(TableauCherche(t, tcLinéaireSuivant, 7, -1))    // expect: -1
// le parcours de toutes les occurrences passe la dernière trouvée + 1
n est un entier = TableauCherche(t, tcLinéairePremier, 7)
s est une chaîne
TANTQUE n <> -1
	s += n
	n = TableauCherche(t, tcLinéaireSuivant, 7, n + 1)
FIN
Trace(s)                                              // expect: 135
u est un tableau d'entiers = [2, 4, 6, 8]
Trace(tcDichotomique, tcLinéaire, TableauCherche(u, tcDichotomique, 6))   // expect: 1, 2, 3
// l'occurrence trouvée par TableauChercheParProcédure est la dernière du tableau
Trace(TableauChercheParProcédure(t, Pareil, tcLinéairePremier, 0, 9))   // expect: 4
Trace(TableauCherche(t, tcLinéaireSuivant, 7))        // expect: 5
// en arrière depuis au-delà de la fin : erreur
Trace(TableauCherche(t, tcLinéaireDernier, 7, 6))     // expect error: start index 6 is beyond the array's 5 element(s)

PROCÉDURE Pareil(e, v)
RENVOYER e - v
