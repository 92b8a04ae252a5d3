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
Trace(occurrence(o, "x")) // error: WL115:18 Occurrence expects an array, or a text and the text to count in it, as parameter 1, but 'o' is an object of class CA
PROCÉDURE Comptés()
Trace(Occurrence(t), Occurrence(a), Occurrence("abc", "b"))
PROCÉDURE Chaînes()
sTexte est une chaîne = "abc"
nNombre est un entier = 12
Trace(Occurrence(sTexte)) // error: WL104:7 Occurrence: give the text to count as second parameter when counting in a string, or count an array
Trace(OCCURRENCE(nNombre)) // error: WL104:7 Occurrence: give the text to count as second parameter when counting in a string, or count an array
Trace(Occurrence("abc")) // error: WL104:7 Occurrence: give the text to count as second parameter when counting in a string, or count an array
Trace(Occurrence(sTexte, "b"), Occurrence(nNombre, 1))
