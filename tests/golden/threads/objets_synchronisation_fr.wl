// mutex, sémaphores et les anciens noms Signal* des événements, créés et détruits par
// leur nom ; détruire un nom inconnu est une erreur non fatale ; files en français
Trace(MutexCrée("verrou", Vrai), MutexDébut("verrou", 0)) // expect: 1, 1
MutexFin("verrou")
MutexFin("verrou")
MutexDétruit("verrou")
Trace(ErreurDétectée) // expect: 0
MutexDetruit("verrou")
Trace(ErreurDétectée) // expect: 1
Trace(SémaphoreCrée("places", 1), SémaphoreDébut("places", 0), SemaphoreDebut("places", 0)) // expect: 1, 1, 0
SémaphoreFin("places")
SémaphoreDétruit("places")
Trace(ErreurDétectée) // expect: 0
SignalCrée("feu", événementManuel)
SignalModifie("feu")
Trace(SignalAttend("feu", 0), SignalAttend("feu", 0)) // expect: 1, 1
SignalFerme("feu")
Trace(SignalAttend("feu", 0)) // expect: 0
SignalDétruit("feu")
SignalDétruit("feu")
Trace(ErreurDétectée) // expect: 1
f est une File d'entiers
Enfile(f, 7)
Enfile(f, 8)
n est un entier
Trace(Défile(f, n), n, Defile(f, n), n, Défile(f, n)) // expect: 1, 7, 1, 8, 0
ExécuteThreadPrincipalAsynchrone(Affiche, "depuis le thread principal") // expect: depuis le thread principal

PROCÉDURE Affiche(s est une chaîne)
Trace(s)
