// SELON avec valeurs, listes et AUTRE CAS ; pas de passage au cas suivant
POUR i = 1 À 4
	SELON i
		CAS 1 : Trace("un")
		CAS 2, 3 : Trace("deux ou trois")
		AUTRE CAS : Trace("autre")
	FIN
FIN
// expect: un
// expect: deux ou trois
// expect: deux ou trois
// expect: autre
