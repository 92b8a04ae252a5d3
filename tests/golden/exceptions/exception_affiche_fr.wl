// ExceptionAffiche / ExceptionActive (INFERRED, docs/builtins.md)
QUAND EXCEPTION DANS
	ExceptionDéclenche(12, "panne")
FAIRE
	ExceptionActive()
	ExceptionAffiche()
	Trace("traitée")   // expect: traitée
FIN
// expect stderr: panne
// expect stderr: Error code: 12
// expect stderr: Position: exception_affiche_fr.wl:3:2
