// Une boucle POUR dont le corps écrit la borne ou la variable n'est pas signalée
// (décidé) : la borne est relue à chaque tour (?1511018) ; une constante comme borne ne
// peut pas être écrite (WL106)
CONSTANTE
	NB_MAX = 3
FIN
nFin est un entier = 4
POUR i = 1 À nFin
	SI i = 1 ALORS i++
	nFin--
	Trace(i)
FIN
POUR k = 1 À NB_MAX
	NB_MAX++ // error: WL106:2 cannot assign to the constant 'NB_MAX'
	Trace(k)
FIN
