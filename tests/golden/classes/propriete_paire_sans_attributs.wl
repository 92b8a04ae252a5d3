// `PROCÉDURE C::X()` + `PROCÉDURE C::X(v)` sans <get>/<set> : la propriété X
CCompte est une Classe
	m_solde est un entier
FIN
c est un CCompte
c.Solde = 7
Trace(c.Solde) // expect: 7
Trace(c.m_solde) // expect: 7

PROCÉDURE PUBLIQUE CCompte::Solde()
RENVOYER m_solde
PROCÉDURE PUBLIQUE CCompte::Solde(v)
m_solde = v
