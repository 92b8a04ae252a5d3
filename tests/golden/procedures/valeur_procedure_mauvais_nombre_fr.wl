// Une procédure appelée par une valeur (variable de type procédure, élément de tableau)
// avec un mauvais nombre de paramètres : une erreur WLanguage qui la nomme (c'était une
// erreur interne de Python)
p est une procédure = Incrémente
QUAND EXCEPTION DANS
	p(1, 2)
FAIRE
	Trace(ExceptionInfo()) // expect: Incrémente expects 1 parameter(s) but received 2.
FIN
t est un tableau de procédures = [Incrémente]
t[1]() // expect error: Incrémente expects 1 parameter(s) but received 0.
PROCÉDURE Incrémente(x)
RENVOYER x + 1
