// PROTÉGÉ sur la ligne du membre : refusé hors de la classe et de ses dérivées
CCompte est une Classe
	m_nom est une chaîne
	PROTÉGÉ m_code est un entier
FIN
c est un CCompte
c.m_nom = "x"
Trace(c.m_code) // expect error: 'm_code' is a protected member of the class CCompte
