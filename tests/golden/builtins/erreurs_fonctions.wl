// ErreurDétectée, ErreurInfo, ExceptionDéclenche, ExceptionInfo
Trace(ErreurDétectée) // expect: 0
QUAND EXCEPTION DANS
	ExceptionDéclenche(100, "trop grand")
FAIRE
	Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage)) // expect: 100, trop grand
FIN
