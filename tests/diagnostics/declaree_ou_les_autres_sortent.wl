// Une branche d'un SI ou d'un SELON qui sort (RENVOYER, RETOUR, SORTIR, CONTINUER,
// ErreurDéclenche...) n'atteint jamais la suite du FIN : une variable que toutes les autres
// branches déclarent a sa valeur quand la lecture s'exécute, pas de WL226. Sans SINON, le
// SI peut ne pas s'exécuter.
Trace(Suivant(Vrai), Somme(3))

PROCÉDURE Suivant(c est un booléen)
SI c ALORS
	x est un entier = 1
SINON
	RENVOYER -1
FIN
SELON x
	CAS 1 : k est un entier = 10
	CAS 2 : k est un entier = 20
	AUTRE CAS : ErreurDéclenche(1, "non")
FIN
RENVOYER x + k

PROCÉDURE Somme(n est un entier)
t est un entier = 0
POUR i = 1 À n
	SI i <> 2 ALORS
		v est un entier = i
	SINON
		CONTINUER
	FIN
	t += v
	SI i = 3 ALORS
		w est un entier = i
	FIN
FIN
RENVOYER t + w // warning: WL226:14 'w' is read after the END of the IF block that declares it: where that block did not run, it was never given a value
