// un membre GLOBAL nommé par un objet de sa classe (`c.s_n`, ou d'une classe dérivée) est
// la valeur unique de la classe, comme `CCompteur::s_n` : lu et écrit
CCompteur est une Classe
	GLOBAL
		s_n est un entier
	PUBLIQUE
		m_x est un entier
FIN
CEnfant est une Classe
	hérite de CCompteur
FIN
c est un CCompteur
CCompteur::s_n = 5
Trace(c.s_n) // expect: 5
c.s_n = 6
Trace(CCompteur::s_n) // expect: 6
k est un CEnfant
k.s_n++
Trace(c.s_n, k.s_n, CEnfant::s_n) // expect: 7, 7, 7
