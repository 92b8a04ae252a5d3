// Un tableau littéral rangé là où un nombre est attendu : le message nomme un tableau
// (il disait « A value of type list »).
QUAND EXCEPTION DANS
	Trace(Taille([1, 2])) // wl: ignore[WL115]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Taille expects a string, not a value of type array.
FIN
