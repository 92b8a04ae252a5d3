// un membre d'une section `PUBLIQUE CONSTANTE` modifié hors de sa classe est refusé avant
// toute exécution
CCaméra est une Classe
	PUBLIQUE CONSTANTE
		m_x est un entier
FIN
Trace("pas atteint")
c est un CCaméra
c.m_x = 1 // expect error: 'm_x' is a CONSTANT member of the class CCaméra
