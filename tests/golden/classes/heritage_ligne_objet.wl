// héritage écrit comme un membre « un objet Base » ; le constructeur de l'ancêtre appelé
// en première instruction du constructeur
CBase est une Classe
	m_a est un entier
FIN
CDérivée est une Classe
	un objet CBase
	m_b est un entier
FIN
d est un CDérivée(5)
Trace(d.m_a, d.m_b) // expect: 10, 5
PROCÉDURE CBase::Constructeur(a)
:m_a = a
PROCÉDURE CDérivée::Constructeur(a)
Constructeur CBase(a * 2)
:m_b = a
