// QUAND EXCEPTION DANS ... FAIRE ... FIN
x est un entier = 0
QUAND EXCEPTION DANS
	x = 10 / x
FAIRE
	Trace("division par zéro interceptée") // expect: division par zéro interceptée
FIN
Trace("suite") // expect: suite
