// un élément d'un tableau d'objets dynamiques d'une classe de base, parcouru par POUR
// TOUT, va dans une variable d'une interface qu'une classe dérivée implémente : le run
// prend l'objet pour ce qu'il est (un cFacture) ; wl check disait WL110 « la classe
// cDocument n'implémente pas l'interface IImprimable » de la variable de parcours
// (docs/semantics.md "Interfaces")
IImprimable est une Interface
	PROCÉDURE Libellé() : chaîne
FIN
cDocument est une Classe
	PROTÉGÉ
	m_sNuméro est une chaîne
FIN
cFacture est une Classe
	hérite de cDocument
	implémente IImprimable
FIN
cAvoir est une classe
	Hérite De cDocument
	Implemente IImprimable
FIN
tabDocs est un tableau de cDocument dynamique
TableauAjoute(tabDocs, allouer un cFacture("F-1"))
TableauAjoute(tabDocs, nouveau cAvoir("A-1"))
POUR TOUT doc DE tabDocs
	imp est un IImprimable <- doc
	Trace(imp.Libellé())
FIN
// expect: Facture F-1
// expect: Avoir A-1
POUR TOUT ÉLÉMENT d2, nRang DE tabDocs
	imp2 est un IImprimable = d2
	Trace(nRang, imp2.Libellé()) // expect: 1, Facture F-1
	SORTIR
FIN

PROCÉDURE cDocument::Constructeur(sNuméro est une chaîne)
	:m_sNuméro = sNuméro

PROCÉDURE cFacture::Constructeur(sNuméro est une chaîne)
	Constructeur cDocument(sNuméro)

PROCÉDURE cFacture::Libellé() : chaîne
	RENVOYER "Facture " + :m_sNuméro

PROCÉDURE cAvoir::Constructeur(sNuméro est une chaîne)
	Constructeur cDocument(sNuméro)

PROCÉDURE cAvoir::Libellé() : chaîne
	RENVOYER "Avoir " + :m_sNuméro
