// Une structure donnée là où un texte ou un nombre est attendu : le message de
// l'exécution la nomme, "STPoint (a structure)" (il disait "a value of type structure").
STPoint est une Structure
	x est un entier
FIN
stOrigine est un STPoint
QUAND EXCEPTION DANS
	Trace(Taille(stOrigine)) // wl: ignore[WL115]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Taille expects a string, not a value of type STPoint (a structure).
FIN
nX est un entier = stOrigine // expect error: A value of type STPoint (a structure) cannot be used as a number.
