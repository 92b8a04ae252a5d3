// Une lambda ou une procédure interne d'un traitement dont l'ExceptionChangeParamètre
// traite n'est couverte que là où elle est appelée avec le mode en place : appelée avant
// le changement ou après une restauration, une erreur fatale en elle arrête l'exécution
// (issue 8, L, 7 déc. 2026). check ne disait rien d'aucune (le changement du traitement,
// où qu'il soit, les couvrait toutes).
Trace(LambdaAvantLeChangement())
Trace(LambdaAprèsUneRestauration())
Trace(InterneAvantLeChangement())
Trace(InterneSeulementDansLeMode())
Trace(LambdaTransmiseDansLeMode())
Trace(LambdaSondéeAvantLeChangement())
Trace(LambdaEnArgumentAvantLeChangement())

PROCÉDURE LambdaAvantLeChangement()
f est une procédure = (x) => x / 0 // error: WL113:32 Division by zero
Trace(f(2))
ExceptionChangeParamètre(epRenvoyer, -1)
RENVOYER f(3)

PROCÉDURE LambdaAprèsUneRestauration()
exceptionchangeparametre(eprenvoyer, -2)
g est une procédure = (x) => x / 0 // error: WL113:32 Division by zero
ExceptionRestaureParamètre()
RENVOYER g(3)

PROCÉDURE InterneAvantLeChangement()
Trace(Moitié(2))
ExceptionChangeParamètre(epRenvoyer, -3)
RENVOYER 3
	PROCÉDURE INTERNE Moitié(x)
		RENVOYER x / 0 // error: WL113:14 Division by zero
	FIN

PROCÉDURE InterneSeulementDansLeMode()
ExceptionChangeParamètre(epRenvoyer, -4)
RENVOYER Moitié(2)
	PROCÉDURE INTERNE Moitié(x)
		RENVOYER x / 0
	FIN

PROCÉDURE LambdaTransmiseDansLeMode()
f est une procédure = (x) => x / 0
ExceptionChangeParamètre(epRenvoyer, -5)
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

PROCÉDURE LambdaEnArgumentAvantLeChangement()
t est un tableau de entiers = [3, 1, 2]
TableauTrie(t, ttFonction, (a, b) => a / 0) // error: WL113:40 Division by zero
ExceptionChangeParamètre(epRenvoyer, -7)
RENVOYER 7
