// une classe sans FIN nomme la CLASSE et sa ligne, et le mot FIN
CCompte est une Classe
	m_solde est un entier
c est un CCompte
// expect error: expected FIN to close the CLASSE opened at line 2
