// ErreurDétectée dans un gestionnaire d'exception : ExceptionDéclenche est une fonction
// WLangage et remet ErreurDétectée à Faux en commençant, comme toute fonction : le
// gestionnaire ne voit pas une erreur notée avant elle (décidé : docs/semantics.md,
// "ErrorOccurred in an exception handler"). Une division par zéro n'est pas un appel :
// ErreurDétectée y garde la réponse du dernier appel.
Vérifie()
// expect: 1
// expect: exc, 0
Trace(ErreurDétectée) // expect: 0
QUAND EXCEPTION DANS
	ErreurDéclenche(7, "earlier")
	ExceptionDéclenche(8, "now")
FAIRE
	Trace(ErreurDétectée, ExceptionInfo(errCode)) // expect: 0, 8
FIN
ErreurDéclenche(9, "before the division")
n est un entier = 0
QUAND EXCEPTION DANS
	Trace(1 / n)
FAIRE
	Trace(ErreurDétectée, ErreurInfo(errCode)) // expect: 1, 9
FIN

PROCÉDURE Vérifie()
ErreurDéclenche(1, "boom")
Trace(ErreurDétectée)
ExceptionDéclenche(2, "exc")
CAS EXCEPTION:
	Trace(ExceptionInfo(errMessage), ErreurDétectée)
