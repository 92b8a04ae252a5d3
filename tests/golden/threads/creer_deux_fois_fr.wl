// Créer un mutex ou un sémaphore dont le nom existe échoue sans arrêter l'exécution
// (décidé, INFERRED : docs/builtins.md "Threads, semaphores and mutexes") : Faux,
// ErreurDétectée, ErreurInfo en mots ; le premier reste tel qu'il était.
Trace(MutexCrée("verrou")) // expect: 1
Trace(MutexCrée("VERROU"), ErreurDétectée) // expect: 0, 1
Trace(ErreurInfo(errMessage)) // expect: MutexCrée: the mutex 'VERROU' already exists.
Trace(SémaphoreCrée("places", 2)) // expect: 1
Trace(SémaphoreCrée("places", 5), ErreurDétectée) // expect: 0, 1
Trace(ErreurInfo(errMessage)) // expect: SémaphoreCrée: the semaphore 'places' already exists.
Trace(SémaphoreDébut("places", 0), SémaphoreDébut("places", 0), SémaphoreDébut("places", 0)) // expect: 1, 1, 0
Trace(MutexDébut("premier usage", 0)) // expect: 1
Trace(MutexCrée("premier usage")) // expect: 0
MutexDétruit("verrou")
Trace(MutexCrée("verrou"), ErreurDétectée) // expect: 1, 0
