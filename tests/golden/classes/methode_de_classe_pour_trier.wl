// une méthode GLOBALE nommée par sa classe sans arguments (point ou `::`) est une
// référence à elle : la procédure de comparaison de TableauTrie
cTri est une Classe
FIN
t est un tableau d'entiers = [3, 1, 2]
TableauTrie(t, ttFonction, cTri.Compare)
Trace(t[1], t[2], t[3]) // expect: 3, 2, 1
t2 est un tableau d'entiers = [5, 9, 7]
TableauTrie(t2, ttFonction, CTRI::compare)
Trace(t2[1], t2[2], t2[3]) // expect: 9, 7, 5
PROCÉDURE GLOBALE cTri::Compare(a, b)
SI a < b ALORS RENVOYER 1
SI a > b ALORS RENVOYER -1
RENVOYER 0
