// ThreadFin termine le thread en cours là où elle est appelée (docs/builtins.md
// "ThreadEnd" : INFERRED) ; le thread est terminé, pas arrêté.
ThreadExécute("t1", threadNormal, Travail)
ThreadAttend("t1", 500)
// expect: début
Trace(ThreadEtat("t1") = threadTerminé)        // expect: 1
Trace(ThreadEtat("t1") = threadEnCours)        // expect: 0
tâche est une TâcheParallèle = TâcheParallèleExécute(TâcheFinie)
TâcheParallèleAttend(tâche)
Trace(tâche.Etat = tpeTerminée)                // expect: 1
threadfin()                                    // expect error: ThreadFin: only a thread

PROCÉDURE Travail()
Trace("début")
ThreadFin()
Trace("jamais")

PROCÉDURE TâcheFinie()
ThreadFin()
Trace("jamais")
