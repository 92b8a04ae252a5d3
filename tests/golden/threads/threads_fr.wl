// Les mêmes fonctions en français : ThreadExécute, ThreadAttend, ThreadEtat, sémaphores,
// mutex et sections critiques nommées.
gSomme est un entier = 0
POUR i = 1 A 4
    ThreadExécute("T" + i, threadNormal, Ajoute, i * 10)
FIN
POUR i = 1 A 4
    ThreadAttend("T" + i, Infini)
FIN
Trace(gSomme)   // expect: 100
Trace(ThreadEtat("T2") = threadTerminé)   // expect: 1
Trace(ThreadEtat("personne") = threadInexistant)   // expect: 1
Trace(ExécuteThreadPrincipal(Double, 4))   // expect: 8
Trace(SémaphoreCrée("s", 1))   // expect: 1
Trace(SémaphoreDébut("s", 0))   // expect: 1
Trace(SémaphoreDébut("s", 0))   // expect: 0
SémaphoreFin("s")
SémaphoreDétruit("s")
SémaphoreDétruit("s")
Trace(ErreurDétectée)   // expect: 1
Trace(MutexCrée("m"))   // expect: 1
Trace(MutexDébut("m", 1))   // expect: 1
MutexFin("m")
MutexFin("m")
Trace(ErreurDétectée)   // expect: 1
ThreadExécute("attente", threadNormal, Attente)
ThreadDemandeArrêt("attente")
// expect: arrêt demandé
Trace(ThreadAttend("attente", "5 s"))   // expect: 1

PROCEDURE Ajoute(n)
SectionCritiqueDébut("somme")
gSomme += n
SectionCritiqueFin("somme")

PROCEDURE Double(n)
RENVOYER n * 2

PROCEDURE Attente()
TANTQUE PAS ThreadArrêtDemandé()
    Multitâche(1)
FIN
Trace("arrêt demandé")
