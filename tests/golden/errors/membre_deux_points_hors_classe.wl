// `:m_t` hors d'une méthode de classe arrête l'exécution là où il est lu, avec les mots
// de wl check (WL101)
Trace("avant") // expect: avant
POUR TOUT x DE :m_t // expect error: ':m_t' is a member of the current object: only known in a method of a class
    Trace(x)
FIN
