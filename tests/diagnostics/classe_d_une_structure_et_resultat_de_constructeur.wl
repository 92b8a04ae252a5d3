// Une classe qui hérite d'une structure, et RENVOYER une valeur dans un constructeur
// (voir class_from_structure_and_constructor_result.wl)
STBase est une Structure
	x est un entier
FIN
CEnfant est une Classe // error: WL110:1 'STBase' is a structure: a class inherits only from a class
	hérite de STBase
	y est un entier
FIN
CCompteur est une Classe
	n est un entier
FIN
o est un CEnfant
c est un CCompteur
o.x = 1
o.y = 2
Trace(o.x + o.y + c.n)
PROCÉDURE CCompteur::Constructeur()
n = 2
RENVOYER 5 // error: WL108:10 RESULT with a value in a Constructeur: it runs when the object is made or freed, and nothing receives a value
PROCÉDURE CCompteur::Incrémente()
n++
RENVOYER n
