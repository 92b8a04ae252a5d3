// Hiérarchie de formes : classe abstraite, méthodes abstraites, tableau d'objets de la
// classe de base dont chacun répond selon sa vraie classe (jumeau anglais :
// abstract_shapes_en.wl).
CForme est une Classe, abstraite
	PROTÉGÉ
		m_sNom est une chaîne
FIN

CRectangle est une Classe
	hérite de CForme
	m_rLargeur est un réel
	m_rHauteur est un réel
FIN

CCarré est une Classe
	hérite de CRectangle
FIN

CCercle est une Classe
	hérite de CForme
	m_rRayon est un réel
FIN

tabFormes est un tableau de CForme dynamique
Ajoute(tabFormes, allouer un CRectangle(3, 4))
Ajoute(tabFormes, allouer un CCarré(2))
Ajoute(tabFormes, allouer un CCercle(1))
rTotal est un réel
POUR TOUT f DE tabFormes
	Trace(f.Description())
	rTotal += f.Surface()
	SI f EST UN CRectangle ALORS Trace("  (un rectangle ou dérivé :", f..Classe, ")")
FIN
Trace("surface totale", NumériqueVersChaîne(rTotal, ".3f"))
// expect: rectangle : surface 12.00, périmètre 14.00
// expect:   (un rectangle ou dérivé :, CRectangle, )
// expect: carré : surface 4.00, périmètre 8.00
// expect:   (un rectangle ou dérivé :, CCarré, )
// expect: cercle : surface 3.14, périmètre 6.28
// expect: surface totale, 19.142

PROCÉDURE ABSTRAITE CForme::Surface() : réel
PROCÉDURE ABSTRAITE CForme::Périmètre() : réel

PROCÉDURE CForme::Description() : chaîne
RENVOYER ChaîneConstruit("%1 : surface %2, périmètre %3", m_sNom, NumériqueVersChaîne(Surface(), ".2f"), NumériqueVersChaîne(Périmètre(), ".2f"))

PROCÉDURE CRectangle::Constructeur(rL est un réel, rH est un réel)
m_sNom = "rectangle"
m_rLargeur = rL
m_rHauteur = rH

PROCÉDURE CRectangle::Surface() : réel
RENVOYER m_rLargeur * m_rHauteur

PROCÉDURE CRectangle::Périmètre() : réel
RENVOYER 2 * (m_rLargeur + m_rHauteur)

PROCÉDURE CCarré::Constructeur(rCôté est un réel)
Constructeur CRectangle(rCôté, rCôté)
m_sNom = "carré"

PROCÉDURE CCercle::Constructeur(rR est un réel)
m_sNom = "cercle"
m_rRayon = rR

PROCÉDURE CCercle::Surface() : réel
RENVOYER 3.14159 * m_rRayon * m_rRayon

PROCÉDURE CCercle::Périmètre() : réel
RENVOYER 2 * 3.14159 * m_rRayon
