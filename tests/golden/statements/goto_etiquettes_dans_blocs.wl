// Étiquettes dans des blocs : un GOTO va à une étiquette de son bloc ou d'un bloc qui
// l'entoure ; SORTIR et CONTINUER atteignent toujours leur boucle
n est un entier = 0
POUR i = 1 À 3
	Encore:
	n++
	SI n % 2 = 1 ALORS GOTO Encore
	SI i = 2 ALORS CONTINUER
	Trace("i=" + i + " n=" + n)
	SI n > 5 ALORS SORTIR
FIN
Trace("après " + n)
k est un entier = 0
TANTQUE Vrai
	k++
	SI k = 3 ALORS
		Réessai:
		k++
		SI k < 6 ALORS GOTO reessai
		GOTO Dehors
	FIN
FIN
Dehors:
Trace("k=" + k)
// expect: i=1 n=2
// expect: i=3 n=6
// expect: après 6
// expect: k=6
