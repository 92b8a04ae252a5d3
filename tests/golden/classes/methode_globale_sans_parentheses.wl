// une méthode GLOBALE nommée par sa classe sans parenthèses (`CCompteur::Ajoute`) est
// appelée ; une méthode globale appelée avec un mauvais nombre d'arguments arrête
// l'exécution sur cette erreur (c'était une erreur interne)
CCompteur est une Classe
    GLOBAL
        s_n est un entier
FIN
CCompteur::Ajoute
CCompteur::Ajoute
Trace(CCompteur::Total) // expect: 2
QUAND EXCEPTION DANS
    Trace(CCompteur::Double()) // wl: ignore[WL104]
FAIRE
    Trace(ExceptionInfo()) // expect: Double expects 1 parameter(s) but received 0.
FIN
PROCÉDURE GLOBALE CCompteur::Ajoute()
CCompteur::s_n++
PROCÉDURE GLOBALE CCompteur::Total()
RENVOYER CCompteur::s_n
PROCÉDURE GLOBALE CCompteur::Double(x)
RENVOYER 2 * x
