// Une procédure déclarée avec un seul type de résultat tableau, tableau associatif,
// structure ou classe dont le RENVOYER donne deux valeurs : l'exécution s'arrête à ce
// RENVOYER ("cannot be stored in an array"), donc la vérification le dit là, avec ses
// mots (WL110), comme pour un type simple ; elle ne disait rien. Un résultat classe est
// une référence à un objet.
SPoint est une Structure
	nX est un entier
FIN
CForme est une Classe
	nCôté est un entier
FIN
Trace(Liste(), Clés(), Point(), Forme())

PROCÉDURE Liste() : tableau d'entiers
RENVOYER (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in an array

PROCÉDURE Clés() : tableau associatif d'entiers
RENVOYER (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in an associative array

PROCÉDURE Point() : SPoint
RENVOYER (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in the structure SPoint

PROCÉDURE Forme() : CForme
RENVOYER (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in a dynamic CForme: it refers to an object (assign one, or allocate one with new)
