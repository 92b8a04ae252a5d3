// Les lignes après une boucle suivent le mode de chacun de ses SORTIR : un SORTIR écrit
// avant ExceptionRestaureParamètre quitte la boucle avec le mode en place, et le mode
// répond à l'erreur après la boucle ; un changement tard dans le corps d'une BOUCLE est en
// place au SORTIR du passage suivant. wl check ne dit rien de ces lignes (là où le SORTIR
// suit la restauration, l'exécution s'arrête après la boucle et check dit WL113 :
// tests/diagnostics/mode_exception_restaure_dans_une_boucle_sans_fin.wl).
Trace(SortirAvantRestauration(1)) // expect: -5
Trace(ChangementTardif(1)) // expect: -8
Trace(TantQueVraiSortirDabord()) // expect: -9

PROCÉDURE SortirAvantRestauration(n est un entier)
ExceptionChangeParamètre(epRenvoyer, -5)
POUR i = 1 À 3
	SI i = n ALORS SORTIR
	ExceptionRestaureParamètre()
FIN
RENVOYER 1 / 0

PROCÉDURE ChangementTardif(n est un entier)
BOUCLE
	SI n = 2 ALORS SORTIR
	n++
	ExceptionChangeParamètre(epRenvoyer, -8)
FIN
RENVOYER 1 / 0

PROCÉDURE TantQueVraiSortirDabord()
exceptionchangeparametre(eprenvoyer, -9)
TANTQUE Vrai
	SORTIR
	ExceptionRestaureParamètre()
FIN
RENVOYER 1 / 0
