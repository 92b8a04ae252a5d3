// L'arithmétique sur la valeur d'une énumération arrête l'exécution ; `wl check` dit
// WL113 à la valeur. À côté d'un texte, `+` joint le nom de la valeur.
Niveau est une énumération
	Bas
	Haut
FIN
Trace("niveau " + Haut) // expect: niveau Haut
e est un Niveau = Bas
QUAND EXCEPTION DANS
	Trace(e - 1)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: A value of type enumeration cannot be used as a number.
FIN
x est un entier = 2 * Niveau.Haut // expect error: A value of type enumeration cannot be used as a number.
