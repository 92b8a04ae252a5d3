// Une constante comme variable d'une boucle POUR / POUR TOUT : WL106
CONSTANTE
	NB_MAX = 3
FIN
t est un tableau d'entiers = [1, 2]
POUR Nb_Max = 1 _À_ 2 // error: WL106:6 cannot assign to the constant 'Nb_Max': it is the variable of this loop
	Trace(Nb_Max)
FIN
POUR TOUT NB_MAX DE t // error: WL106:11 cannot assign to the constant 'NB_MAX': it is the variable of this loop
	Trace(NB_MAX)
FIN
