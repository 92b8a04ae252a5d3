// ExceptionInfo avec errRésumé et errComplet
QUAND EXCEPTION DANS
	ExceptionDéclenche(12, "ligne un" + RC + "ligne deux")
FAIRE
	Trace(ExceptionInfo(errRésumé)) // expect: ligne un
	Trace(ExceptionInfo(errComplet) [=] "12") // expect: 1
FIN
