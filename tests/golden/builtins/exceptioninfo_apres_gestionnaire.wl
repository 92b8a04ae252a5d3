// ExceptionInfo après la fin de son gestionnaire QUAND EXCEPTION : toujours la dernière
// exception traitée (docs/semantics.md, « ExceptionInfo after its handler », INFERRED)
Trace("[" + ExceptionInfo() + "]", ExceptionInfo(errCode)) // expect: [], 0
QUAND EXCEPTION DANS
	ExceptionDéclenche(5, "Stock négatif.")
FAIRE
	Trace("traitée", ExceptionInfo(errCode)) // expect: traitée, 5
FIN
Trace(ExceptionInfo(errMessage), ExceptionInfo(errCode)) // expect: Stock négatif., 5
Trace(ExceptionInfo(errComplet) [=] "Error code: 5") // expect: 1
QUAND EXCEPTION DANS
	ExceptionDeclenche(6, "Deuxième.")
FAIRE
FIN
Trace(ExceptionInfo()) // expect: Deuxième.
QUAND EXCEPTION DANS
	ExceptionPropage()
FAIRE
	Trace("encore :", ExceptionInfo(errCode)) // expect: encore :, 6
FIN
