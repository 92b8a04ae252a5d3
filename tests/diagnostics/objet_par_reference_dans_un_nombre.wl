// `n <- o` d'un objet dans une variable déclarée nombre ou chaîne : WL110 comme `n = o`
CCompte est une Classe
	m_mSolde est un monétaire
FIN
c est un CCompte
r est un réel
r <- c // error: WL110:1 'c' is a CCompte: an object cannot be stored in 'r', a number
Trace(r)
