// un héritage privé (?6010007) : les méthodes de la classe utilisent ce qu'elle hérite
// (un membre, une méthode), comme avec un héritage public ; le code hors de ses
// méthodes ne le peut pas (WL112, tests/diagnostics/heritage_prive.wl)
CCompteur est une Classe
	m_n est un entier
FIN
CTotal est une Classe
	hérite de CCompteur privé
FIN
t est un CTotal
t.Ajoute(3)
Trace(t.Total()) // expect: total 4
PROCÉDURE CCompteur::Incrémente()
m_n++
PROCÉDURE CTotal::Ajoute(n est un entier)
m_n += n
Incrémente()
PROCÉDURE CTotal::Total()
RENVOYER "total " + m_n
