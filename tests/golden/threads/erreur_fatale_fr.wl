// Une erreur fatale dans un thread termine le programme comme dans le code principal
// (décidé : docs/semantics.md) : le code principal, bloqué sans limite de temps sur un
// mutex que le thread garde, s'arrête sur l'erreur du thread ; l'autre thread, qui
// attend une file qui restera vide, est arrêté.
Trace("avant")   // expect: avant
MutexCrée("verrou")
f est une File d'entiers
ThreadExécute("Lecteur", threadNormal, Lecteur)
ThreadExécute("Travail", threadNormal, Travail)
ThreadAttendSignal()
MutexDébut("verrou")
Trace("jamais atteint")

PROCÉDURE Travail()
MutexDébut("verrou")
ThreadEnvoieSignal(threadPrincipal)
t est un tableau d'entiers
Trace(t[3])   // expect error: in thread 'Travail'

PROCÉDURE Lecteur()
x est un entier
Défile(f, x, AttendSiVide)
Trace("jamais")
