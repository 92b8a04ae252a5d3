// QUAND EXCEPTION DANS ... FAIRE ... SINON ... FIN
QUAND EXCEPTION DANS
	ExceptionDéclenche(5, "raté")
FAIRE
	Trace("intercepté") // expect: intercepté
SINON
	Trace("jamais")
FIN
QUAND EXCEPTION DANS
	Trace("rien de grave") // expect: rien de grave
FAIRE
	Trace("jamais")
SINON
	Trace("pas d'exception") // expect: pas d'exception
FIN
