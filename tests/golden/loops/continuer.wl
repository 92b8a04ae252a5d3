// CONTINUER passe au tour suivant
POUR TOUT mot DE ["un", "", "deux"]
	SI mot = "" ALORS CONTINUER
	Trace(mot)
FIN
// expect: un
// expect: deux
