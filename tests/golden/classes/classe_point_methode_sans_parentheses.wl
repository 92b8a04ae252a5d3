// `CFac.Total` sans parenthèses, Total une méthode de la classe qui n'attend pas
// d'argument, est `CFac::Total()`, appelée ; seule sur sa ligne, c'est une instruction ;
// dans une méthode d'une classe dérivée, `CFac.Compte` est la version de l'ancêtre
CFac est une Classe
	GLOBAL
		s_n est un entier
	PUBLIQUE
		m_n est un entier = 7
FIN
CGrosse est une Classe
	hérite de CFac
FIN
Trace(CFac.Total) // expect: 3
CFac.Incrémente
x est un entier = CFac.Total
Trace(x) // expect: 4
g est un CGrosse
Trace(g.Double()) // expect: 14
PROCÉDURE GLOBALE CFac::Total() : entier
RENVOYER s_n + 3
PROCÉDURE GLOBALE CFac::Incrémente()
s_n++
PROCÉDURE CFac::Compte() : entier
RENVOYER m_n
PROCÉDURE CGrosse::Double()
RENVOYER 2 * CFac.Compte
