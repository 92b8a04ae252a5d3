// ExceptionRestaureParamètre dans une boucle qui parcourt sûrement tout son corps (POUR i
// = 1 _À_ 2, BOUCLE (2), BOUCLE ... À FAIRE TANTQUE ; ni SORTIR, ni CONTINUER, ni VA A)
// termine le mode pour les lignes après la boucle : l'exécution s'y arrête (« Division by
// zero. ») ; check ne disait rien. Une boucle qui peut ne pas tourner ou quitter un tour
// tôt garde le chemin sans tour : rien (l'exécution peut continuer). Reste de l'issue 8,
// M1, 7 déc. 2026. Une lambda après un changement est couverte, comme à l'exécution (-5).
Trace(RestaureDansPour())
Trace(RestaureDansFaireTantque())
Trace(PeutNePasTourner(0))
Trace(PeutSortir())
Trace(LambdaAprèsUnChangement())
Trace(LambdaAppeléeAvantLeChangement())

PROCÉDURE RestaureDansPour()
ExceptionChangeParamètre(epRenvoyer, -1)
POUR i = 1 _À_ 2
	ExceptionRestaureParamètre()
FIN
Trace(1/0) // error: WL113:8 Division by zero
RENVOYER 1

PROCÉDURE RestaureDansFaireTantque()
ExceptionChangeParamètre(epRenvoyer, -2)
n est un entier
BOUCLE
	ExceptionRestaureParamètre()
	n++
À FAIRE TANTQUE n < 2
Trace(1/0) // error: WL113:8 Division by zero
RENVOYER 2

PROCÉDURE PeutNePasTourner(n est un entier)
ExceptionChangeParamètre(epRenvoyer, -3)
POUR i = 1 _À_ n
	ExceptionRestaureParamètre()
FIN
Trace(1/0)
RENVOYER 3

PROCÉDURE PeutSortir()
ExceptionChangeParamètre(epRenvoyer, -4)
POUR i = 1 _À_ 2
	SI i = 1 ALORS SORTIR
	ExceptionRestaureParamètre()
FIN
Trace(1/0)
RENVOYER 4

PROCÉDURE LambdaAprèsUnChangement()
ExceptionChangeParamètre(epRenvoyer, -5)
f est une procédure = (x) => x / 0
RENVOYER f(2)

PROCÉDURE LambdaAppeléeAvantLeChangement()
f est une procédure = (x) => x / 0 // error: WL113:32 Division by zero
Trace(f(2)) // (l'exécution s'arrête dans la lambda : check le dit là, lambda_appelee_hors_du_mode.wl)
ExceptionChangeParamètre(epRenvoyer, -6)
RENVOYER 6
