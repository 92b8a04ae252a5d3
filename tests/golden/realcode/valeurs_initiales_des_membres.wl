// Valeurs initiales écrites sur la ligne d'un membre : chaque nouvel objet part d'elles,
// même calculées (un appel, une variable) ; un membre GLOBAL garde la règle des constantes
gPas est un entier = 2
CCompteur est une Classe
	m_pas est un entier = gPas
	m_actif est un booléen = Vrai
	m_date est une Date = DateSys()
	GLOBAL
		s_total est un entier = 10
FIN
c est un CCompteur
Trace(c.m_pas, c.m_actif, c.m_date = DateSys(), CCompteur::s_total) // expect: 2, 1, 1, 10
