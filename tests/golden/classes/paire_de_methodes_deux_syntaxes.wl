// `PROCÉDURE C::X()` + `PROCÉDURE C::X(v)` sans <get>/<set> : deux syntaxes de la
// méthode X, pas une propriété
CCompte est une Classe
	m_solde est un entier
FIN
c est un CCompte
c.Solde(7)
Trace(c.Solde()) // expect: 7
c.Crédite()
c.Crédite(10)
Trace(c.m_solde) // expect: 18

PROCÉDURE PUBLIQUE CCompte::Solde()
RENVOYER m_solde
PROCÉDURE PUBLIQUE CCompte::Solde(v)
m_solde = v
PROCÉDURE PUBLIQUE CCompte::Crédite()
m_solde++
PROCÉDURE PUBLIQUE CCompte::Crédite(n est un entier)
m_solde += n
