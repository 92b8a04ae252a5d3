// une classe abstraite qui implémente une interface peut laisser ses membres aux classes
// dérivées ; une classe dérivée qui a des objets et n'en a pas un : WL110 à son nom
IForme est une interface
	PROCÉDURE Aire(): réel
	PROPRIÉTÉ Nom <get>
FIN
CForme est une Classe, abstraite
	implémente IForme
FIN
CRond est une Classe // error: WL110:1 the class CRond implements IForme (through the abstract class CForme) but has no property Nom
	hérite de CForme
	m_r est un réel
FIN
r est un CRond
Trace(r.Aire())

PROCÉDURE CRond::Aire(): réel
RENVOYER 3 * m_r * m_r
