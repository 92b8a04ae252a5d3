// un membre PRIVÉ n'est utilisable que par les méthodes de sa classe
CCompte est une Classe
PRIVÉ
	m_solde est un entier
FIN
c est un CCompte
Trace(c.m_solde) // expect error: 'm_solde' is a private member of the class CCompte
