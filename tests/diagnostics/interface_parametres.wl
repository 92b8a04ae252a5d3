// la méthode d'une classe pour un prototype de son interface accepte tous les nombres
// d'arguments que le prototype permet
IForme est une Interface
	PROCÉDURE Aire()
	PROCÉDURE Déplace(dx, dy = 0)
FIN
CCarré est une Classe
	implémente IForme // error: WL110:13 the class CCarré implements IForme but its method Déplace takes 3 parameter(s) where the interface's takes 1 to 2
FIN
CRond est une Classe
	implemente iforme
FIN
c est un CCarré
r est un CRond
Trace(c.Aire(), r.Aire())

PROCÉDURE CCarré::Aire()
RENVOYER 1
PROCÉDURE CCarré::Déplace(dx, dy, dz)
RENVOYER dx + dy + dz
PROCÉDURE CRond::aire(unité = "cm")
RENVOYER unité
PROCÉDURE CRond::Deplace(x, y = 0, *)
RENVOYER x + y
