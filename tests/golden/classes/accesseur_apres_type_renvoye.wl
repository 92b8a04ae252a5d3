// `PROCÉDURE C::X() : entier <get>` : l'attribut écrit après le type renvoyé fait de
// la méthode l'accesseur d'une propriété, comme `PROCÉDURE C::X() <get>` (avant :
// l'attribut était lu comme une partie du type et perdu) ; d'autres attributs peuvent suivre
CStock est une Classe
	m_unités est un entier
FIN
s est un CStock
s.Unités = 12
Trace(s.Unités) // expect: 12
Trace(s.Cartons) // expect: 2
Trace(s.Libellé) // expect: 12 unités
s.unites = 30
Trace(s.CARTONS) // expect: 5
// (par un CStock, c'est l'erreur WL106 de wl check (?6010011) ; par un variant, l'exécution
// s'arrête à la ligne)
v est un variant = s
// expect error: The property Cartons of CStock is read-only
v.Cartons = 1
PROCÉDURE PUBLIQUE CStock::Unités() : entier <get>
RENVOYER :m_unités
PROCÉDURE PUBLIQUE CStock::Unités(n est un entier) <set>
:m_unités = n
PROCÉDURE CStock::Cartons() : entier <get>, <utile>
RENVOYER :m_unites / 6
PROCÉDURE CStock::Libellé():chaîne<GET>
RENVOYER :m_unités + " unités"
