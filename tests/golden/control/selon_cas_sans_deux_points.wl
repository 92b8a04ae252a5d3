// CAS v action : l'action sur la ligne du CAS sans deux-points (docs/semantics.md)
sMode est une chaîne
POUR n = 1 À 4
	SELON n
		CAS 1 sMode = "Especes"
		CAS 2 sMode = "Carte"
		CAS 3 Trace("chèque")
		AUTRE CAS sMode = "?"
	FIN
	Trace(n + " " + sMode)
FIN
// expect: 1 Especes
// expect: 2 Carte
// expect: chèque
// expect: 3 Carte
// expect: 4 ?
