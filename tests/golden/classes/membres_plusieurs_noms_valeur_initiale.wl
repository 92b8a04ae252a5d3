// `m_a, m_b sont des booléens = Vrai` : seul le dernier membre reçoit la valeur, comme
// pour les variables (?1514069 ; décidé pour les membres : docs/semantics.md)
C est une Classe
	m_a, m_b sont des booléens = Vrai
	m_x, m_y sont des entiers = 5
	m_s, m_t sont des chaînes = Calculée()
FIN
S est une Structure
	a, b sont des entiers = 7
FIN
o est un C
Trace(o.m_a, o.m_b) // expect: 0, 1
Trace(o.m_x, o.m_y) // expect: 0, 5
Trace("[" + o.m_s + "][" + o.m_t + "]") // expect: [][texte]
s est un S
Trace(s.a, s.b) // expect: 0, 7
PROCÉDURE Calculée()
RENVOYER "texte"
