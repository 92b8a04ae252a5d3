// Sans ligne `implémente`, une classe implémente une interface seulement si ses méthodes
// déclarent, là où les deux côtés en déclarent un, les types que déclarent les
// prototypes : Aire(n est une chaîne) pour Aire(n est un entier) ne suffit pas, et
// l'affectation s'arrête là où wl check dit WL110 ; une méthode sans type convient.
IForme est une Interface
	PROCÉDURE Aire(n est un entier) : entier
FIN
CTexte est une Classe
FIN
CLarge est une Classe
FIN
CRond est une Classe
FIN
CLibre est une Classe
FIN
i est un IForme
QUAND EXCEPTION DANS
	i <- allouer un CTexte() // wl: ignore[WL110] (l'exécution s'arrête ici)
FAIRE
	Trace(ExceptionInfo()) // expect: The class CTexte does not implement the interface IForme: its object cannot be stored in a variable of IForme.
FIN
t est un CTexte
Trace(t est un IForme) // expect: 0
l est un CLarge
Trace(l est un IForme) // expect: 0
i <- allouer un CRond()
Trace(i.Aire(2)) // expect: 6
i <- allouer un CLibre()
Trace(i.Aire(3)) // expect: 3
PROCÉDURE CTexte.Aire(n est une chaîne)
RENVOYER Taille(n)
PROCÉDURE CLarge.Aire(n est un entier) : chaîne
RENVOYER n
PROCÉDURE CRond.Aire(n est un entier) : entier
RENVOYER n * 3
PROCÉDURE CLibre.Aire(n)
RENVOYER n
