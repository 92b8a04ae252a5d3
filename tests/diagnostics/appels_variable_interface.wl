// une méthode appelée par une variable d'interface : un prototype de l'interface, avec
// son nombre d'arguments (WL109, WL104 différées)
IForme est une Interface
	PROCÉDURE Aire(k est un entier) : entier
FIN
CCarre est une Classe
	implémente IForme
FIN
f est un IForme = allouer un CCarre
Trace(f.Aire(2, 3)) // error: WL104:9 Aire expects 1 parameter(s) but received 2
Trace(f.Périmètre()) // error: WL109:9 'Périmètre' is not a method of the interface IForme
PROCÉDURE CCarre::Aire(k est un entier) : entier
RENVOYER k
