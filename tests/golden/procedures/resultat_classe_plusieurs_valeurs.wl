// Une procédure déclarée avec une classe comme type de résultat dont le RENVOYER donne
// deux valeurs arrête l'exécution à ce RENVOYER, avec les mots que `wl check` y dit
// (WL110, tests/diagnostics/type_composite_plusieurs_valeurs.wl) ; la vérification ne
// disait rien
CForme est une Classe
	nCôté est un entier
FIN
Trace("début") // expect: début
Trace(Forme())

PROCÉDURE Forme() : CForme
RENVOYER (1, 2) // expect error: A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in a dynamic CForme: it refers to an object (assign one, or allocate one with new).
