// une classe qui implémente une interface a chacun de ses prototypes
IDessinable est une interface
	PROCÉDURE Dessine()
	PROPRIÉTÉ Nom <lecture>
FIN
CCarré est une Classe
	implémente IDessinable // error: WL110:13 the class CCarré implements IDessinable but has no method Dessine
FIN
CRond est une Classe
	IMPLEMENTE idessinable
FIN
c est un CCarré
Trace(c.Nom)

PROCÉDURE CCarré::Nom() <lecture>
RENVOYER "carré"
PROCÉDURE CRond::dessine()
PROCÉDURE CRond::Nom() <lecture>
RENVOYER "rond"
