// Page ThreadAttendSignal (doc.pcsoft.fr ?3077022) : son exemple, avec les mêmes
// ajustements que threadwaitsignal.wl (les passages après l'ouverture sont comptés).
gnReçus est un entier
// Création d'un événement
ÉvénementCrée("On y va", événementManuel, événementFermé)
// Exécution d'un premier thread
ThreadExécute("Thread1", threadNormal, "Thread_Premier")
// Bloque le thread en cours jusqu'à l'obtention de l'événement
ThreadAttendSignal()
// expect: Thread_Premier - ThreadEnvoieSignal(threadPrincipal)
// Exécution d'un second thread
ThreadExécute("Thread2", threadNormal, "Thread_Second")
ThreadAttendSignal()
// expect: Thread_Second - ThreadEnvoieSignal(threadPrincipal)
// Modifie l'événement pour exécuter les threads
ÉvénementModifie("On y va", événementOuvert)
ThreadAttend("Thread1")
ThreadAttend("Thread2")
Trace(gnReçus) // expect: 2

PROCÉDURE Thread_Premier()
Trace(dbgInfo(dbgTraitement) + " - ThreadEnvoieSignal(threadPrincipal)")
ThreadEnvoieSignal(threadPrincipal)
ÉvénementAttend("On y va")
SectionCritiqueDébut()
gnReçus++
SectionCritiqueFin()

PROCÉDURE Thread_Second()
Trace(dbgInfo(dbgTraitement) + " - ThreadEnvoieSignal(threadPrincipal)")
ThreadEnvoieSignal(threadPrincipal)
EvenementAttend("On y va")
SectionCritiqueDébut()
gnReçus++
SectionCritiqueFin()
