// ExceptionDéclenche et ExceptionInfo en français
QUAND EXCEPTION DANS
	ExceptionDéclenche(7, "Stock insuffisant")
FAIRE
	Trace(ExceptionInfo(errCode) + " : " + ExceptionInfo(errMessage)) // expect: 7 : Stock insuffisant
FIN
