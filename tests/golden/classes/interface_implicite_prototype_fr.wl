// sans ligne `implémente`, une classe implémente une interface seulement quand chacune de
// ses méthodes prend les nombres d'arguments que le prototype permet, comme `implémente`
// le demande : une méthode qui n'en partage que le nom (Aire(n) pour Aire()) ne suffit
// pas, et l'affectation s'arrête où wl check le dit ; un paramètre avec une valeur par
// défaut convient toujours (INFERRED, docs/semantics.md "Interfaces")
IForme est une Interface
	PROCÉDURE Aire()
FIN
CCarré est une Classe
	m_côté est un entier = 3
FIN
CRond est une Classe
	m_rayon est un entier = 2
FIN
i est un IForme
QUAND EXCEPTION DANS
	i <- allouer un CCarré() // wl: ignore[WL110] (l'exécution s'arrête ici)
FAIRE
	Trace(ExceptionInfo()) // expect: The class CCarré does not implement the interface IForme: its object cannot be stored in a variable of IForme.
FIN
ca est un CCarré
Trace(ca est un IForme) // expect: 0
i <- allouer un CRond()
Trace(i.Aire()) // expect: 12
r est un CRond
Trace(r est un IForme) // expect: 1
PROCÉDURE CCarré.Aire(n est un entier)
RENVOYER m_côté * m_côté * n
PROCÉDURE CRond.Aire(n est un entier = 3)
RENVOYER m_rayon * m_rayon * n
