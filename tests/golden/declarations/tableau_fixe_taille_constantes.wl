// Les dimensions d'un tableau fixe peuvent être des expressions de constantes
// (`tableau fixe de (MAXI+1) entiers`) : `(MAXI+1)` était une erreur de syntaxe et
// `MAXI+1` donnait en silence MAXI éléments.
CONSTANTE
	MAXI = 4
FIN
t est un tableau fixe de MAXI+1 entiers
t[5] = 7
Trace(TableauOccurrence(t), t[5]) // expect: 5, 7
u est un tableau fixe de (MAXI+1) par 2 chaînes
Trace(TableauOccurrence(u, 1), TableauOccurrence(u, 2)) // expect: 5, 2
