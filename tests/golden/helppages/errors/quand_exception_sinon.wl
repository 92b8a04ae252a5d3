// Page « Mécanisme des exceptions spécifiques » (doc.pcsoft.fr ?3034003) : ses deux
// syntaxes (simple, puis avancée avec SINON). Mêmes résultats que when_exception_else.wl.
QUAND EXCEPTION DANS
	ExceptionDéclenche(5, "le code à risque a échoué")
FAIRE
	Trace("exception", ExceptionInfo(errCode)) // expect: exception, 5
FIN
Trace("suite du code") // expect: suite du code
QUAND EXCEPTION DANS
	nValeur est un entier = 2
FAIRE
	Trace("exception")
SINON
	Trace("pas d'exception") // expect: pas d'exception
FIN
quand exception dans
	ExceptionDeclenche(6)
faire
	Trace("exception", ExceptionInfo(errCode)) // expect: exception, 6
sinon
	Trace("pas d'exception")
fin
Trace("suite du code") // expect: suite du code
