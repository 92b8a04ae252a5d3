// Aide 1000021271 : SignalAutomatique, SignalOuvre, SignalAttend, ThreadEnvoieSignal,
// ThreadAttendSignal ; les anciens noms ÉvénementCrée/ÉvénementModifie aussi.
gPassés est un entier
AllezY est un SignalAutomatique
ThreadExécute("Thread1", threadNormal, Thread_Premier)
Trace(ThreadAttendSignal(500))   // expect: 1
ThreadExécute("Thread2", threadNormal, Thread_Second)
Trace(ThreadAttendSignal(500))   // expect: 1
// un signal automatique laisse passer un seul thread à chaque ouverture
SignalOuvre(AllezY)
POUR i = 1 À 500
    SI gPassés >= 1 ALORS SORTIR
    ThreadPause(1)
FIN
ThreadPause(2)
Trace(gPassés)   // expect: 1
SignalOuvre(AllezY)
Trace(ThreadAttend("Thread1", 500) ET ThreadAttend("Thread2", 500))   // expect: 1
Trace(gPassés)   // expect: 2
Manuel est un SignalManuel
SignalModifie(Manuel, signalOuvert)
Trace(SignalAttend(Manuel, 0), SignalAttend(Manuel, 0))   // expect: 1, 1
SignalFerme(Manuel)
Trace(SignalAttend(Manuel, 1))   // expect: 0
ÉvénementCrée("prêt", événementManuel, événementOuvert)
Trace(ÉvénementAttend("PRET", 0))   // expect: 1
SignalDétruit("prêt")
Trace(ErreurDétectée)   // expect: 0

PROCÉDURE Thread_Premier()
ThreadEnvoieSignal(threadPrincipal)
SI SignalAttend(AllezY, 500) ALORS Passé()

PROCÉDURE Thread_Second()
ThreadEnvoieSignal(threadPrincipal)
SI SignalAttend(AllezY, 500) ALORS Passé()

PROCÉDURE Passé()
SectionCritiqueDébut()
gPassés++
SectionCritiqueFin()
