// dans une méthode, les options d'un membre combinaison se règlent par son nom (m_Droits[X] = Vrai) ou avec ':'
Droits est une Combinaison
	PeutLire
	PeutÉcrire
FIN
CUtilisateur est une Classe
	m_Droits est un Droits
FIN
u est un CUtilisateur
u.Promeut()
SI u.m_Droits[PeutLire] ET u.m_Droits[PeutÉcrire] ALORS Trace("lecture et écriture") // expect: lecture et écriture
u.Rétrograde()
SI u.m_Droits[PeutLire] ET PAS u.m_Droits[PeutÉcrire] ALORS Trace("lecture seule") // expect: lecture seule
PROCÉDURE CUtilisateur::Promeut()
m_Droits[PeutLire] = Vrai
:m_Droits[PeutÉcrire] = Vrai
PROCÉDURE CUtilisateur::Rétrograde()
m_Droits[PeutÉcrire] = Faux
