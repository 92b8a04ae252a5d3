// sans ligne `implémente`, une classe implémente une interface seulement si ses méthodes
// déclarent les types de ses prototypes, là où les deux en déclarent un : l'affectation
// est WL110 là où l'exécution s'arrête ; une méthode sans types convient
IForme est une Interface
	PROCÉDURE Aire(n est un entier) : entier
FIN
CTexte est une Classe
FIN
CLibre est une Classe
FIN
i est un IForme = allouer un CTexte() // error: WL110:1 the class CTexte does not implement the interface IForme: its object cannot be stored in 'i'
k est un IForme = allouer un CLibre()
Trace(i.Aire(1), k.Aire(3))
PROCÉDURE CTexte.Aire(n est une chaîne)
RENVOYER Taille(n)
PROCÉDURE CLibre.Aire(n)
RENVOYER n
