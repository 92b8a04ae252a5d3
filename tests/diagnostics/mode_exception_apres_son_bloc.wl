// ExceptionChangeParamètre appelé dans un SI (ou une boucle) traite une erreur fatale des
// lignes de la procédure qui le suivent, après le FIN du bloc qui le contient aussi,
// jusqu'à ExceptionRestaureParamètre : le mode de l'exécution dure jusqu'à la fin de la
// procédure (issue 8, L, 7 déc. 2026)
DansSi(1)
DansBoucle()
RestaureDansSi(0)
RestaureDansLesDeux(1)
AvantLeSi(1)

PROCÉDURE DansSi(n est un entier)
SI n > 0 ALORS
	ExceptionChangeParamètre(epRetour)
FIN
Trace(1/0)

PROCÉDURE DansBoucle()
POUR i = 1 _À_ 2
	SI i = 1 ALORS
		ExceptionChangeParamètre(epRetour)
	FIN
FIN
Trace(1/0)

PROCÉDURE RestaureDansSi(n est un entier)
ExceptionChangeParamètre(epRetour)
Trace(1/0)
SI n > 0 ALORS
	ExceptionRestaureParamètre()
FIN
Trace(1/0) // (le chemin qui ne passe par aucune branche garde le mode : M2, 7 déc. 2026)

PROCÉDURE RestaureDansLesDeux(n est un entier)
ExceptionChangeParamètre(epRetour)
SI n > 0 ALORS
	ExceptionRestaureParamètre()
SINON
	ExceptionRestaureParamètre()
FIN
Trace(1/0) // error: WL113:8 Division by zero

PROCÉDURE AvantLeSi(n est un entier)
Trace(1/0) // error: WL113:8 Division by zero
SI n > 0 ALORS
	ExceptionChangeParamètre(epRetour)
FIN
