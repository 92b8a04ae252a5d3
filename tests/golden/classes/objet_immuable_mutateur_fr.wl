// Une méthode qui affecte un membre de son objet, appelée sur un objet déclaré
// <immuable>, le changerait comme `oPoint.m_nX = 5` : refusé avant l'exécution. Une
// méthode qui ne fait que lire s'exécute. Avant, FixeX s'exécutait et m_nX valait 5.
CPoint est une Classe
	m_nX est un entier
FIN
oPoint est un CPoint <immuable>
Trace(oPoint.DonneX())
oPoint.FixeX(5) // expect error: cannot change 'oPoint': it is declared immutable, its value is the one its declaration gives (its method FixeX assigns its member 'm_nX')

PROCÉDURE CPoint.DonneX()
RENVOYER m_nX

PROCÉDURE CPoint.FixeX(n)
:m_nX = n
