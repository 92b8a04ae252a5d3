// une ligne GLOBAL seule après une section PRIVÉ déclare des membres globaux publics
// (décidé, docs/semantics.md "Classes") : lus et écrits hors de la classe
cCompteur est une Classe
PRIVÉ
	m_nSecret est un entier = 9
GLOBAL
	s_nPartagé est un entier = 3
FIN
Trace(CCOMPTEUR::s_nPartage) // expect: 3
o est un cCompteur
o.S_NPARTAGÉ += 2
Trace(cCompteur::s_nPartagé, o.Secret()) // expect: 5, 9
PROCÉDURE cCompteur::Secret()
RENVOYER m_nSecret
