// gestion d'erreurs en français : QUAND EXCEPTION, CAS EXCEPTION, ErreurPropage
Trace(Divise(10, 4)) // expect: 2.5
Trace(Divise(1, 0)) // expect: -1
QUAND EXCEPTION DANS
	Vérifie("")
FAIRE
	Trace("Exception : " + ExceptionInfo(errMessage)) // expect: Exception : nom vide
FIN

PROCÉDURE Divise(a, b)
RENVOYER a / b
CAS EXCEPTION:
	RENVOYER -1

PROCÉDURE Vérifie(nom)
SI nom = "" ALORS ExceptionDéclenche(1, "nom vide")
