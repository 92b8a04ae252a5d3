// L'arithmétique sur la valeur ou la variable d'une énumération : l'exécution s'arrête ;
// WL113 à cet opérande. `+` à côté d'un texte joint son nom et s'exécute.
Niveau est une énumération
	Bas
	Haut
FIN
PROCÉDURE Échelle(n est un entier, e est un Niveau)
x est un entier = Bas + 0 // error: WL113:19 a value of type enumeration cannot be used as a number: Bas, a value of the enumeration Niveau, is an operand of '+'
x = n * Niveau.Haut // error: WL113:9 a value of type enumeration cannot be used as a number: Niveau.Haut, a value of the enumeration Niveau, is an operand of '*'
x = e % 2 // error: WL113:5 a value of type enumeration cannot be used as a number: e, a variable of the enumeration Niveau, is an operand of '%'
Trace("niveau " + Bas, x)
