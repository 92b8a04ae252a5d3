// les types déclarés des deux côtés (prototype de l'interface, méthode de la classe)
// doivent être du même genre ; un côté sans type n'est pas comparé
IForme est une Interface
	PROCÉDURE Surface(unité est une chaîne) : réel
END
CCarré est une Classe
	implémente IForme
FIN
CDisque est une Classe
	implémente IForme // error: WL110:13 the class CDisque implements IForme but its method Surface takes unité as un entier where the interface's takes une chaîne
FIN
c est un CCarré
d est un CDisque
Trace(c.Surface("cm"), d.Surface(2))

PROCÉDURE CCarré::Surface(unité est une chaîne) : réel
RENVOYER Taille(unité)
PROCÉDURE CDisque::Surface(unité est un entier) : réel
RENVOYER unité
