// DateHeure() n'est pas une fonction WLanguage (DateHeure est un type) : maintenant est
// DateHeureSys()
Trace(TypeVar(DateHeureSys()) = wlDateHeure) // expect: 1
dhMaintenant est une DateHeure = DateHeure() // expect error: Unknown procedure or function 'DateHeure'; DateHeure est un type, pas une fonction : maintenant est DateHeureSys()
