// `IDessin est une Interface ... FIN` (?6010017) et `implémente IDessin` dans une
// classe : une variable du type de l'interface reçoit un objet et appelle ses méthodes
IDessin est une Interface
	PROCÉDURE Dessine()
	PROCÉDURE Surface() : réel
FIN
CCarré est une Classe
	implémente IDessin
	m_nom est une chaîne
FIN
c est un CCarré
c.m_nom = "carré"
d est un IDessin
d <- c
d.Dessine() // expect: dessine carré
Trace(d.Surface()) // expect: 9
PROCÉDURE CCarré::Dessine()
Trace("dessine " + :m_nom)
PROCÉDURE CCarré::Surface() : réel
RENVOYER 9
