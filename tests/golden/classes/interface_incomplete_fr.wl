// une classe qui se dit implémenter une interface sans en avoir toutes les méthodes :
// wl check le signale sur la ligne `implémente` (WL110) ; l'exécution continue et échoue
// seulement à l'appel de la méthode absente
IDessinable est une interface
	PROCÉDURE Dessine()
	PROCÉDURE Surface() : réel
FIN
CCarré est une Classe
	implémente IDessinable // wl: ignore[WL110]
	m_côté est un entier
FIN
c est un CCarré
c.m_côté = 2
d est un IDessinable <- c
Trace(d.Surface()) // expect: 4
d.Dessine() // expect error: The class CCarré has no method 'Dessine'.

PROCÉDURE CCarré::Surface() : réel
RENVOYER m_côté * m_côté
