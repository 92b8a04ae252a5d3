// ExceptionChangeParamètre(epRenvoyer...) tard dans le corps d'une boucle : les lignes du
// corps avant lui sont exécutées de nouveau au tour suivant avec le mode (l'exécution donne
// -4) ; la vérification y disait WL113 (R2 constat 8, M2, 7 déc. 2026). Un corps qui
// restaure le mode avant sa fin n'est pas couvert.
Trace(TardDansLaBoucle())
Trace(RestaureDansLaBoucle())

PROCÉDURE TardDansLaBoucle()
x est un réel = 0
POUR i = 1 _À_ 2
	SI i = 2 ALORS
		x = 1/0
	FIN
	ExceptionChangeParamètre(epRenvoyer, -4)
FIN
RENVOYER x

PROCÉDURE RestaureDansLaBoucle()
POUR i = 1 _À_ 2
	Trace(2/0) // error: WL113:9 Division by zero
	ExceptionChangeParamètre(epRenvoyer, -4)
	ExceptionRestaureParamètre()
FIN
RENVOYER 1
