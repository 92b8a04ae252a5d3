// sans ligne `implémente`, une classe implémente une interface seulement quand ses
// méthodes prennent les nombres d'arguments que les prototypes permettent (une valeur
// par défaut convient) : Aire(n) pour Aire() non, et l'affectation est WL110 où
// l'exécution s'arrête
IForme est une Interface
	PROCÉDURE Aire()
FIN
CCarré est une Classe
FIN
CRond est une Classe
FIN
i est un IForme = allouer un CCarré() // error: WL110:1 the class CCarré does not implement the interface IForme: its object cannot be stored in 'i'
j est un IForme = allouer un CRond()
Trace(i.Aire(), j.Aire())
PROCÉDURE CCarré.Aire(n est un entier)
RENVOYER n
PROCÉDURE CRond.Aire(n est un entier = 3)
RENVOYER n
