// MutexCreate's <Initial status> and sharing mode (as the help writes them): taken at
// creation, the mutex is the creating thread's; the sharing constants exist in EN and FR
Trace(MutexCrée("journal", Faux, partageAucun)) // expect: 1
Trace(MutexCreate("cache", True, shareGlobal)) // expect: 1
MutexEnd("cache")
Trace(ErrorOccurred) // expect: 0
MutexEnd("cache")
Trace(ErrorOccurred) // expect: 1
MutexFin("journal")
Trace(ErreurDétectée) // expect: 1
Trace(shareUser <> shareNone, partageUtilisateur = shareUser) // expect: 1, 1
