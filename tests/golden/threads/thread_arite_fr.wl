// La procédure d'un thread appelée sans les paramètres qu'elle attend : l'erreur est
// celle du programme, à l'appel de ThreadExécute qui a lancé le thread (c'était
// "<string>: error", sans fichier, ligne ni source).
Trace("début")   // expect: début
LanceTravail()

PROCÉDURE LanceTravail()
    threadexécute("Calcul", threadNormal, "Travail")   // expect error: in thread 'Calcul': Travail expects 2 parameter(s) but received 0.
    ThreadAttend("Calcul")
    Trace("jamais atteint")

PROCÉDURE Travail(n est un entier, s est une chaîne)
Trace(n, s)
