// Une lambda ou une procédure interne d'un traitement dont l'ExceptionChangeParamètre
// traite donne la valeur du mode là où elle est appelée avec le mode en place, transmise
// par une variable aussi ; appelée avant le changement dans QUAND EXCEPTION DANS, la
// sonde l'intercepte. wl check ne dit rien de ces lignes ; là où un appel est fait avant
// le changement ou après une restauration, l'exécution s'arrête dans la lambda et check
// y dit WL113 (tests/diagnostics/lambda_appelee_hors_du_mode.wl).
Trace(InterneSeulementDansLeMode()) // expect: -4
Trace(LambdaTransmiseDansLeMode()) // expect: -5
Trace(LambdaSondéeAvantLeChangement()) // expect: interceptée
// expect: -6

PROCÉDURE InterneSeulementDansLeMode()
ExceptionChangeParamètre(epRenvoyer, -4)
RENVOYER Moitié(2)
	PROCÉDURE INTERNE Moitié(x)
		RENVOYER x / 0
	FIN

PROCÉDURE LambdaTransmiseDansLeMode()
f est une procédure = (x) => x / 0
exceptionchangeparametre(eprenvoyer, -5)
g est une procédure = f
RENVOYER g(2)

PROCÉDURE LambdaSondéeAvantLeChangement()
f est une procédure = (x) => x / 0
QUAND EXCEPTION DANS
	Trace(f(2))
FAIRE
	Trace("interceptée")
FIN
ExceptionChangeParamètre(epRenvoyer, -6)
RENVOYER f(3)
