// InternetConnecté (aucune page d'aide, INFERRED) : un booléen, selon la route du système,
// sans rien envoyer ; s'écrit aussi sans accent, comme le code généré réel l'appelle
SI TypeVar(InternetConnecté()) = wlBooléen ALORS Trace("booléen") // expect: booléen
b est un booléen = InternetConnecte()
Trace(b = InternetConnecté()) // expect: 1
