// Un objet d'une classe opérande, comparé à un nombre ou à une chaîne, ou passé au
// paramètre chaîne d'une fonction est nommé comme un objet de sa classe (l'exécution dit
// "CA (an object)"), non comme une structure ; une structure reste une structure
CA est une Classe
	n est un entier
FIN
STPoint est une Structure
	x est un entier
FIN
o est un CA
p est un STPoint
n est un entier = 2
PROCÉDURE Calcul()
Trace(o + 1) // error: WL113:7 'o' is an object of class CA: it cannot be an operand of '+'
Trace(p * 2) // error: WL113:7 'p' is a structure (STPoint): it cannot be an operand of '*'
PROCÉDURE Comparé()
SI o = n ALORS Trace(1) // error: WL114:4 'o' is an object of class CA: it cannot be compared with a number ('=')
PROCÉDURE Passé()
Trace(Majuscule(o)) // error: WL115:17 Majuscule expects a string, not a value of type CA (an object)
PROCÉDURE Membres()
Trace(o.n + 1, p.x * 2)
