// Page SignalOuvre (doc.pcsoft.fr ?1000021271) : son exemple. Chaque thread prévient le
// thread principal (ThreadEnvoieSignal) avant d'attendre le signal automatique : les deux
// premières traces viennent dans l'ordre. La page ouvre le signal une fois et laisse le
// second thread en attente (une fenêtre WINDEV reste ouverte) ; un script attend ses
// threads à la fin, donc il l'ouvre une seconde fois, et, l'ordre de passage des deux
// threads n'étant pas fixé, chacun compte son passage au lieu de le tracer.
gnReçus est un entier
// Création d'un signal
AllezY est un SignalAutomatique
// Exécution d'un premier thread
ThreadExécute("Thread1", threadNormal, "Thread_Premier")
// Bloque le thread en cours jusqu'à l'obtention du signal
ThreadAttendSignal()
// expect: Thread_Premier - ThreadEnvoieSignal(threadPrincipal)
// Exécution d'un second thread
ThreadExécute("Thread2", threadNormal, "Thread_Second")
// Bloque le thread en cours jusqu'à l'obtention du signal
ThreadAttendSignal()
// expect: Thread_Second - ThreadEnvoieSignal(threadPrincipal)
// Ouvre le signal pour exécuter les threads
SignalOuvre(AllezY)
SignalOuvre(AllezY)
ThreadAttend("Thread1")
ThreadAttend("Thread2")
Trace(gnReçus) // expect: 2

PROCÉDURE Thread_Premier()
Trace(dbgInfo(dbgTraitement) + " - ThreadEnvoieSignal(threadPrincipal)")
ThreadEnvoieSignal(threadPrincipal)
SignalAttend(Allezy)
SectionCritiqueDébut()
gnReçus++
SectionCritiqueFin()

PROCÉDURE Thread_Second()
Trace(dbgInfo(dbgTraitement) + " - ThreadEnvoieSignal(threadPrincipal)")
ThreadEnvoieSignal(threadPrincipal)
SignalAttend(Allezy)
SectionCritiqueDébut()
gnReçus++
SectionCritiqueFin()
