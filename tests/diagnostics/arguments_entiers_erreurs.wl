// Une fonction d'erreur ou d'exception reçoit un réel littéral là où l'aide attend un
// entier (un code d'erreur, une constante errXXX) : l'exécution le tronque vers zéro, le
// contrôle dit que la partie décimale est perdue (WL206).
QUAND EXCEPTION DANS
	ExceptionDéclenche(1.5, "Le stock est vide") // warning: WL206:21 ExceptionDéclenche expects an integer as parameter 1: 1.5 is read as 1, its decimal part is lost
FAIRE
	Trace(ExceptionInfo(errCode))
	Trace(ExceptionInfo(1.5)) // warning: WL206:22 ExceptionInfo expects an integer as parameter 1: 1.5 is read as 1, its decimal part is lost
FIN
