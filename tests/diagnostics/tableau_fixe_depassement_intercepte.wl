// Un indice littéral au-delà de la taille d'un tableau fixe (WL110) et un littéral réel
// hors de la plage d'un entier (WL110) arrêtent l'exécution, sauf si un QUAND EXCEPTION
// les intercepte : l'exécution continue après le traitement, wl check n'y dit rien.
tf est un tableau fixe de 3 entiers
QUAND EXCEPTION DANS
	tf[4] = 1
	i est un entier = 1.5e19
	Trace(i)
FAIRE
	Trace("intercepté")
FIN
Trace(Remplir())
n est un entier = 1.5e19 // error: WL110:1 Numeric overflow: 15000000000000000000 is beyond the largest int (2,147,483,647).
tf[4] = 2 // error: WL110:1 Index 4 is out of range: the array has 3 element(s)
Trace(n)
PROCÉDURE Remplir()
tg est un tableau fixe de 2 entiers
QUAND EXCEPTION
	RENVOYER -1
FIN
tg[3] = 1
RENVOYER tg[1]
