// Dans une méthode, une indirection qui nomme un membre de l'objet atteint d'abord le
// membre : une variable du code principal de même nom déclarée <immuable> ne l'arrête
// pas. Avant, {"nNiveau"} = 5 dans CJauge.Règle arrêtait l'exécution.
nNiveau est un entier <immuable> = 1
tabPas est un tableau d'entiers <immuable> = [1, 2]
stPoint est un entier <immuable> = 3
oJauge est un CJauge
oJauge.Règle()
Trace(oJauge.nNiveau, nNiveau) // expect: 5, 1
Trace(oJauge.tabPas[1], tabPas[1]) // expect: 7, 1
Trace(oJauge.stPoint.nX, stPoint) // expect: 8, 3
sNom est une chaîne = "nNiveau"
QUAND EXCEPTION DANS
	{sNom} = 6
FAIRE
	Trace(ExceptionInfo()) // expect: cannot change 'nNiveau': it is declared immutable, its value is the one its declaration gives (through the indirection {nNiveau}).
FIN

STPoint est une Structure
	nX est un entier
FIN
CJauge est une Classe
	nNiveau est un entier
	tabPas est un tableau d'entiers
	stPoint est un STPoint
FIN

PROCÉDURE CJauge.Règle()
sQuel est une chaîne = "nNiveau"
{sQuel} = 5
{"tabPas"} = [0]
{"tabPas[1]"} = 7
{"stPoint.nX"} = 8
