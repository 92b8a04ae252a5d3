// ExceptionDéclenche avec un code nommé, comme l'écrit l'exemple de web service de PC SOFT :
// exceptionErreur et exceptionAvertissement sont le code de l'exception.
QUAND EXCEPTION DANS
	Recherche("")
FAIRE
	SELON ExceptionInfo(errCode)
		CAS exceptionErreur : Trace("erreur : " + ExceptionInfo(errMessage)) // expect: erreur : aucun mot donné
		CAS exceptionAvertissement : Trace("avertissement")
	FIN
FIN
Trace(Recherche("été")) // expect: ÉTÉ
Trace(EXCEPTIONERREUR = exceptionError, exceptionavertissement = exceptionWarning) // expect: 1, 1

PROCÉDURE Recherche(sMot est une chaîne)
SI sMot = "" ALORS
	ExceptionDéclenche(exceptionErreur, "aucun mot donné")
FIN
RENVOYER Majuscule(sMot)
