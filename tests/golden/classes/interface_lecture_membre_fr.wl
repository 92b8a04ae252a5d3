// un membre lu à travers une variable d'une interface arrête l'exécution là où il est
// lu : une interface n'a pas de membres, seulement ses méthodes et propriétés ; la
// variable de la classe le lit
IForme est une Interface
	PROCÉDURE Surface() : entier
FIN
CCarré est une Classe
	implémente IForme
	m_nCôté est un entier = 3
FIN
c est un CCarré
f est un IForme <- c
Trace(f.Surface(), c.m_nCôté) // expect: 9, 3
Trace(f.m_nCôté) // expect error: 'm_nCôté' is not a property of the interface IForme.
PROCÉDURE CCarré::Surface() : entier
RENVOYER m_nCôté * m_nCôté
