// Valeurs initiales écrites sur la ligne d'un membre : chaque nouvel objet part d'elles ;
// une valeur qui n'est pas une constante est refusée clairement (pas ignorée)
CCompteur est une Classe
	m_pas est un entier = 2
	m_actif est un booléen = Vrai
	m_date est une Date = DateSys()
FIN
// expect error: a member's initial value must be a constant
c est un CCompteur
Trace(c.m_pas)
