// Deux parents (héritage multiple, ?6010007) qui donnent une méthode ou une propriété
// de même nom que la classe ne redéfinit pas : celle de la ligne du premier parent
// s'exécute (décidé), et WL215 le dit
CAnimal est une Classe
	m_nPattes est un entier
FIN
CNageur est une Classe
	m_nProfondeur est un entier
FIN
CCanard est une Classe // warning: WL215:1 CCanard inherits the method Décris from CAnimal and from CNageur: CAnimal's runs (its parent's line comes first)
	hérite de CAnimal
	hérite de CNageur
FIN
CVolant est une Classe
	m_nAiles est un entier
FIN
CCygne est une Classe // warning: WL215:1 CCygne inherits the property Libellé from CVolant and from CNageur: CVolant's runs (its parent's line comes first)
	hérite de CVolant
	hérite de CNageur
FIN
c est un CCanard
c.Décris()
y est un CCygne
Trace(y.Libellé)
PROCÉDURE CAnimal::Décris()
Trace("animal")
PROCÉDURE CNageur::Décris()
Trace("nageur")
PROCÉDURE PUBLIQUE CVolant::Libellé() : chaîne <get>
RENVOYER "volant"
PROCÉDURE PUBLIQUE CNageur::Libellé() : chaîne <get>
RENVOYER "nageur"
