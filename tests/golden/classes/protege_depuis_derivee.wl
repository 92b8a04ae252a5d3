// méthodes PRIVÉE et PROTÉGÉE appelées là où c'est permis
CBase est une Classe
PRIVÉ
	m_secret est un entier
FIN
CFille est une Classe
	hérite de CBase
FIN
f est un CFille
Trace(f.Lance()) // expect: 8
PROCÉDURE PRIVÉE CBase::Secret()
:m_secret = 7
RENVOYER :m_secret
PROCÉDURE PROTÉGÉE CBase::Aide()
RENVOYER Secret() + 1
PROCÉDURE CFille::Lance()
RENVOYER Aide()
