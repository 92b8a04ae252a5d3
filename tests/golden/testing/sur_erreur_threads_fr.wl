// La procédure de dbgSurErreur est appelée pour un test raté du code principal pendant
// qu'elle tourne, dans un autre thread, pour un échec de celui-ci (un indicateur par thread)
gbDedans, gbSuite sont des booléens
dbgSurErreur(Averti)
ThreadExécute("T", threadNormal, Vérificateur)
TANTQUE PAS gbDedans
	Temporisation(1)
FIN
dbgVérifieVrai(Faux, "du code principal")
gbSuite = Vrai
ThreadAttend("T")
TestSurErreur(Averti)
TestVérifieVrai(Faux, "un test Test*")
// expect: averti : du thread
// expect: averti : du code principal
// expect: averti : un test Test*

PROCÉDURE Vérificateur()
dbgVérifieVrai(Faux, "du thread")

PROCÉDURE Averti(sMsg)
Trace("averti : " + sMsg)
SI sMsg = "du thread" ALORS
	gbDedans = Vrai
	TANTQUE PAS gbSuite
		Temporisation(1)
	FIN
	dbgVérifieVrai(Faux, "dans la procédure : pas de nouvel appel")
FIN
