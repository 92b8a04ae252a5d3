// PRIVÉ / PROTÉGÉ / PUBLIC écrit sur la ligne du membre : ne vaut que pour ce membre
CCompte est une Classe
	PRIVÉ m_solde est un entier
	m_nom est une chaîne
	protégé m_code, m_clé sont des entiers
	PUBLIQUE GLOBALE s_nb est un entier
FIN
c est un CCompte
c.m_nom = "Ana"
c.Crédite(5)
Trace(c.m_nom, c.Solde()) // expect: Ana, 5
CCompte::s_nb = 2
Trace(CCompte::s_nb) // expect: 2
PROCÉDURE CCompte::Crédite(n)
:m_solde += n
:m_code = 1
PROCÉDURE CCompte::Solde()
RENVOYER :m_solde
