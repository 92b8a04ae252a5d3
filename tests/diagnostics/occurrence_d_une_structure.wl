// Occurrence compte les éléments d'un tableau ou les occurrences de son second paramètre
// dans une chaîne : une variable déclarée d'une structure ou d'un objet l'arrête à
// l'exécution, et la vérification ne disait rien ; un tableau, un tableau associatif et
// une chaîne sont comptés
STPoint est une Structure
	x est un entier
FIN
CA est une Classe
	n est un entier
FIN
s est un STPoint
o est un CA
t est un tableau d'entiers
a est un tableau associatif d'entiers
PROCÉDURE Une()
Trace(Occurrence(s)) // error: WL115:18 Occurrence expects an array, or a text and the text to count in it, as parameter 1, but 's' is a structure (STPoint)
PROCÉDURE Deux()
Trace(occurrence(o, "x")) // error: WL115:18 occurrence expects an array, or a text and the text to count in it, as parameter 1, but 'o' is a structure (CA)
PROCÉDURE Comptés()
Trace(Occurrence(t), Occurrence(a), Occurrence("abc", "b"))
