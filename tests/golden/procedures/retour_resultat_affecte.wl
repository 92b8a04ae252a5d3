// RETOUR = v / MonRésultat = v dans une procédure : le résultat, rendu à la fin
// (un RETOUR seul le rend aussi)
Trace(Initialise(Vrai), Initialise(Faux), Double(4)) // expect: 1, 0, 8
PROCÉDURE Initialise(b est un booléen)
RETOUR = Faux
QUAND EXCEPTION DANS
	SI PAS b ALORS RETOUR
	RETOUR = Vrai
FAIRE
	Trace("jamais")
FIN
PROCÉDURE Double(n)
MonRésultat = n
MonRésultat += n
