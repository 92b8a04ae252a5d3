// Un membre Date plus un nombre de jours est une Date, où qu'il soit lu : dans une boucle
// (qui tient l'objet, `o.d + 1` était le texte "202503011") et nommé seul dans une
// méthode (`m_dDébut + 3` était "202503013" ; `:m_dDébut + 3` était juste)
CPériode est une Classe
	m_dDébut est une Date = "20250301"
FIN
STSéjour est une Structure
	dArrivée est une Date
FIN
oPériode est un CPériode
stSéjour est un STSéjour
stSéjour.dArrivée = "20250310"
POUR i = 1 À 2
	Trace(oPériode.m_dDébut + i, stSéjour.dArrivée - i) // expect: 20250302, 20250309
	// expect: 20250303, 20250308
FIN
oPériode.Affiche()

PROCÉDURE CPériode::Affiche()
Trace(m_dDébut + 3, :m_dDébut + 3, m_dDebut - 1) // expect: 20250304, 20250304, 20250228
POUR i = 1 À 1
	Trace(m_dDébut + 31, :m_dDébut + 31) // expect: 20250401, 20250401
FIN
