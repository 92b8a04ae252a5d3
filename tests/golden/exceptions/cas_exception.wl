// section CAS EXCEPTION: en fin de procédure
Trace(Lit(2)) // expect: 20
Trace(Lit(9)) // expect: Indice hors limites intercepté
// expect: 0

PROCÉDURE Lit(i)
t est un tableau d'entiers = [10, 20, 30]
RENVOYER t[i]
CAS EXCEPTION:
	Trace("Indice hors limites intercepté")
	RENVOYER 0
