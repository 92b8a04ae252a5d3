// Une classe à plusieurs lignes `hérite de` (?6010007) : les membres et les méthodes de
// chaque ancêtre sont connus (ceux du second étaient WL109)
CA est une Classe
	m_a est un entier
FIN
CB est une Classe
	m_b est un entier
FIN
CC est une Classe
	hérite de CA
	hérite de CB
FIN
c est un CC
c.m_a = 1
c.m_b = 2
c.Double()
Trace(c.m_a, c.m_b, c est CB)
c.Triple() // error: WL109:3 'Triple' is not a method of CC
PROCÉDURE CB::Double()
:m_b += :m_b
