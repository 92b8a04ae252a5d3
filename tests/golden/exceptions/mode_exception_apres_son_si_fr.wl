// ExceptionChangeParamètre appelé dans un SI traite les erreurs fatales des lignes de la
// procédure qui le suivent, après le FIN du SI aussi, jusqu'à ExceptionRestaureParamètre
// (le mode dure jusqu'à la fin de la procédure) ; wl check n'en dit rien non plus.
Trace(Divise(1)) // expect: -1
Trace(DansBoucle()) // expect: -2
Trace(Restaure(1)) // expect: encore -3

PROCÉDURE Divise(n est un entier)
SI n >= 0 ALORS
	ExceptionChangeParamètre(epRenvoyer, -1)
FIN
nTotal est un entier = 10
RENVOYER nTotal + 1 / 0

PROCÉDURE DansBoucle()
POUR i = 1 _À_ 3
	SI i = 2 ALORS
		ExceptionChangeParamètre(epRenvoyer, -2)
	FIN
FIN
RENVOYER 1 / 0

PROCÉDURE Restaure(n est un entier)
ExceptionChangeParamètre(epRenvoyer, -3)
SI n > 0 ALORS
	ExceptionRestaureParamètre()
	ExceptionChangeParamètre(epRenvoyer, "encore -3")
FIN
RENVOYER 1 / 0
