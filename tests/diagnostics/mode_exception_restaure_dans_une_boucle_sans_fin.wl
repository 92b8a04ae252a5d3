// ExceptionRestaureParamètre dans une boucle où l'exécution entre sûrement et dont elle ne
// sort que par un SORTIR écrit après la restauration (BOUCLE sans condition, TANTQUE Vrai),
// ou un POUR borné par une CONSTANTE, termine le mode pour les lignes après la boucle :
// l'exécution s'y arrête ("Division by zero.") ; check joignait le chemin sans passage et
// ne disait rien. Les lignes après une boucle suivent le mode de chacun de ses SORTIR : un
// SORTIR avant la restauration garde le mode (-5) ; un POUR borné par une variable peut ne
// pas tourner, un CONTINUER avant la restauration ou un changement tard dans le corps les
// laissent couvertes (la moindre faute). Reste de l'issue 8, L, 7 déc. 2026, 17:25-20:25.
Trace(BoucleSimple(1))
Trace(TantQueVrai(1))
Trace(PourConstante())
Trace(SortirAprèsRestauration(1))
Trace(SortirAvantRestauration(1))

CONSTANTE
	NB_PASSAGES = 2
FIN

PROCÉDURE BoucleSimple(n est un entier)
ExceptionChangeParamètre(epRenvoyer, -1)
BOUCLE
	ExceptionRestaureParamètre()
	SI n > 0 ALORS SORTIR
FIN
RENVOYER 1 / 0 // error: WL113:12 Division by zero

PROCÉDURE TantQueVrai(n est un entier)
exceptionchangeparametre(eprenvoyer, -2)
TANTQUE Vrai
	exceptionrestaureparametre()
	SI n > 0 ALORS SORTIR
FIN
RENVOYER 1 / 0 // error: WL113:12 Division by zero

PROCÉDURE PourConstante()
ExceptionChangeParamètre(epRenvoyer, -3)
POUR i = 1 À NB_PASSAGES
	ExceptionRestaureParamètre()
FIN
RENVOYER 1 / 0 // error: WL113:12 Division by zero

PROCÉDURE SortirAprèsRestauration(n est un entier)
ExceptionChangeParamètre(epRenvoyer, -4)
POUR i = 1 A 3
	ExceptionRestaureParamètre()
	SI i = n ALORS SORTIR
FIN
RENVOYER 1 / 0 // error: WL113:12 Division by zero

PROCÉDURE SortirAvantRestauration(n est un entier)
ExceptionChangeParamètre(epRenvoyer, -5)
POUR i = 1 À 3
	SI i = n ALORS SORTIR
	ExceptionRestaureParamètre()
FIN
RENVOYER 1 / 0 // (l'exécution donne -5)
