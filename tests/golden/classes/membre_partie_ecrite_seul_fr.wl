// Dans une méthode, une partie d'un membre Date, Heure, DateHeure ou Durée nommé seul
// s'écrit comme par `:` (`m_dProchaine..Mois += 1` s'arrêtait sur « A value of type
// string has no member 'Mois' » ; `:m_dProchaine..Mois += 1` était juste)
oContrat est un CContrat
oContrat.Planifie(3)

CContrat est une Classe
	m_dProchaine est une Date = "20250115"
	m_hAppel est une Heure = "0800"
	m_duLongueur est une Durée = 1 h
	m_dhRéunion est une DateHeure = "20250301120000"
FIN

PROCÉDURE CContrat::Planifie(nFois est un entier)
POUR i = 1 À nFois
	Trace(m_dProchaine)
	m_dProchaine..Mois += 1
FIN
// expect: 20250115
// expect: 20250215
// expect: 20250315
m_dProchaine..Jour = 10
m_dProchaine..Jour++
m_hAppel..Minute += 45
m_duLongueur..EnMinutes = 90
m_dhRéunion..Heure = 8
Trace(m_dProchaine, :m_dProchaine, m_hAppel, m_duLongueur, m_dhRéunion) // expect: 20250411, 20250411, 08450000, 1 h 30 min, 20250301080000000
