// section CAS ERREUR: en fin de procédure
Traite() // expect: erreur 33
Trace("fin") // expect: fin

PROCÉDURE Traite()
ErreurPropage(33, "problème")
Trace("jamais")
CAS ERREUR:
	Trace("erreur " + ErreurInfo(errCode))
