// ExceptionPropage avec un message, comme l'écrit le code réel
// (ExceptionPropage(ExceptionInfo(errMessage))) : l'exception continue avec son code ;
// un message différent remplace le sien (INFERRED, docs/semantics.md
// "ExceptionPropagate's message").
QUAND EXCEPTION DANS
	Intérieur("premier", "")
FAIRE
	Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage))   // expect: 12, premier
FIN
QUAND EXCEPTION DANS
	Intérieur("premier", "second")
FAIRE
	Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage))   // expect: 12, second
FIN

PROCÉDURE Intérieur(sLevée est une chaîne, sPassé est une chaîne)
QUAND EXCEPTION DANS
	ExceptionDéclenche(12, sLevée)
FAIRE
	SI sPassé = "" ALORS
		EXCEPTIONPROPAGE(ExceptionInfo(errMessage))
	SINON
		exceptionpropage(sPassé)
	FIN
FIN
