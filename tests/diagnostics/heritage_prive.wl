// Un héritage privé (?6010007 : « si l'héritage est privé, seules les méthodes de la
// classe dérivée » utilisent ce qu'elle hérite) : `PRIVÉ hérite de CA`, `PRIVE un objet
// CA`, ou le mot après la classe ; les membres et méthodes de CA par un objet CB hors
// des méthodes de CB sont WL112
CA est une Classe
	m_n est un entier
FIN
CB est une Classe
	PRIVÉ hérite de CA
	m_s est une chaîne
FIN
CD est une Classe
	PRIVE un objet CA
FIN
CE est une Classe
	hérite de CA privé
FIN
b est un CB
b.Utilise()
b.m_s = "membre propre"
b.m_n = 3 // error: WL112:3 'm_n' comes to CB from CA by a private inheritance: only the methods of CB can use it
b.Incrémente() // error: WL112:3 'Incrémente' comes to CB from CA by a private inheritance: only the methods of CB can use it
d est un CD
Trace(d.m_n) // error: WL112:9 'm_n' comes to CD from CA by a private inheritance: only the methods of CD can use it
e est un CE
e.Incrémente() // error: WL112:3 'Incrémente' comes to CE from CA by a private inheritance: only the methods of CE can use it
a est un CA
a.Incrémente()
Trace(a.m_n)
PROCÉDURE CA::Incrémente()
m_n++
PROCÉDURE CB::Utilise()
m_n = 5
Incrémente()
Trace(m_n, :m_n)
