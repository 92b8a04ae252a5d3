// `o <= s` quand la classe de o hérite d'un membre CONSTANT que s a aussi : WL106, comme
// pour les membres CONSTANT de la classe même
CCompte est une Classe
	PUBLIC CONSTANT
		m_sNum est une chaîne
FIN
CEpargne est une Classe
	hérite de CCompte
	m_rTaux est un réel
FIN
a est un CEpargne
b est un CEpargne
b <= a // error: WL106:1 'm_sNum' is a CONSTANT member of the class CCompte: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy CEpargne's 'm_sNum' into it)
Trace(b.m_rTaux)
