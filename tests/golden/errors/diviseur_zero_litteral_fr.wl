// Un diviseur écrit comme le littéral 0 arrête l'exécution à l'opérateur quoi qu'on
// divise (« Division by zero. », « Modulo by zero. ») ; `wl check` le dit aussi maintenant
// (WL113, les mêmes mots au même endroit : il ne disait rien). Un diviseur qui ne vaut 0
// qu'à l'exécution est à l'exécution de le trouver.
nQté est un entier = 12
nZéro est un entier = 0
QUAND EXCEPTION DANS
	Trace(nQté / nZéro)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Division by zero.
FIN
QUAND EXCEPTION DANS
	Trace(nQté % 0) // wl: ignore[WL113]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Modulo by zero.
FIN
Trace(nQté / 0.5, nQté % 5) // expect: 24, 2
rMoyenne est un réel = (nQté + 3) / 0 // expect error: Division by zero.
