// Une BOUCLE (BOUCLE...FIN, BOUCLE...FAIRE TANTQUE) et la partie DANS d'un QUAND
// EXCEPTION DANS exécutent toujours leurs premières instructions : une variable déclarée
// avant la première qui peut sortir (SORTIR, CONTINUER, RENVOYER...) a sa valeur après le
// FIN, pas de WL226. Déclarée après un SORTIR, ou dans une BOUCLE (n), elle l'est encore.
BOUCLE
	x est un entier = 7
	SI x > 5 ALORS SORTIR
	w est un entier = 1
FIN
Trace(x)
Trace(w) // warning: WL226:7 'w' is read after the END of the loop block that declares it: where that block did not run, it was never given a value
n est un entier = 0
BOUCLE
	y est un entier = 3
	n++
FAIRE TANTQUE n < 2
Trace(y, n)
QUAND EXCEPTION DANS
	z est un entier = 4
FAIRE
	Trace("non")
FIN
Trace(z)
BOUCLE (n - 2)
	v est un entier = 1
FIN
Trace(v) // warning: WL226:7 'v' is read after the END of the loop block that declares it: where that block did not run, it was never given a value
