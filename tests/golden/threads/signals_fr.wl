// Aide 1000021271 : SignalAutomatique, SignalOuvre, SignalAttend, ThreadEnvoieSignal,
// ThreadAttendSignal ; les anciens noms ÉvénementCrée/ÉvénementModifie aussi. Les
// attentes qui doivent réussir sont sans limite de temps et aucun résultat ne dépend de
// la vitesse d'un thread (une attente de 5 s perdait la course sous charge).
gPassés est un entier
AllezY est un SignalAutomatique
ThreadExécute("Thread1", threadNormal, Thread_Premier)
Trace(ThreadAttendSignal())   // expect: 1
ThreadExécute("Thread2", threadNormal, Thread_Second)
Trace(ThreadAttendSignal(Infini))   // expect: 1
// un signal automatique laisse passer un seul thread à chaque ouverture
// (le thread qui passe prévient le code principal)
SignalOuvre(AllezY)
ThreadAttendSignal()
Trace(gPassés)   // expect: 1
SignalOuvre(AllezY)
Trace(ThreadAttend("Thread1") ET ThreadAttend("Thread2"))   // expect: 1
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
SI SignalAttend(AllezY) ALORS Passé()

PROCÉDURE Thread_Second()
ThreadEnvoieSignal(threadPrincipal)
SI SignalAttend(AllezY) ALORS Passé()

PROCÉDURE Passé()
SectionCritiqueDébut()
gPassés++
SectionCritiqueFin()
ThreadEnvoieSignal(threadPrincipal)
