// Membres lus et écrits quand la classe de l'objet est connue à la compilation
// (compiler/member_inline.py les écrit sans appel) : mêmes conversions, erreurs et moment
// du destructeur que par le moteur, pour un objet de la classe, d'une classe dérivée et
// pour une structure
CCompteur est une Classe
	m_n est un entier
	m_s est une chaîne
	m_r est un réel
	m_d est une Date
FIN
CGrandCompteur est une Classe
	hérite de CCompteur
	m_extra est un entier
FIN
STPoint est une Structure
	x est un entier
	libellé est une chaîne
FIN
CRes est une Classe
	m_id est un entier
FIN
c est un CCompteur
c.m_n = 2147483647
c.m_n = c.m_n + 1
Trace(c.m_n) // expect: -2147483648
c.m_n = 3.9
Trace(c.m_n) // expect: 3
c.m_n = "12"
Trace(c.m_n + 1) // expect: 13
c.m_s = 12
Trace(c.m_s + 1) // expect: 121
c.m_r = 7
Trace(c.m_r / 2) // expect: 3.5
c.m_d = "20240115"
Trace(c.m_d + 1) // expect: 20240116
c.Ajoute(5)
Trace(c.m_n) // expect: 17
b est un CCompteur dynamique = allouer un CGrandCompteur
b.m_n = 5.7
b.m_s = 1.5
Trace(b.m_n, b.m_s) // expect: 5, 1.5
b.Ajoute(2147483647)
Trace(b.m_n) // expect: -2147483644
p est une STPoint
p.x = "40" + 2
p.libellé = p.x
Trace(p.x, p.libellé) // expect: 402, 402
POUR i = 1 À 3
	p.x = i
FIN
Trace(p.x) // expect: 3
r est un CRes dynamique = allouer un CRes
r.m_id = 1
Trace(r.m_id) // expect: 1
r = Null
// expect: fermeture 1
Trace("après") // expect: après
tab est un tableau de CRes dynamique
Ajoute(tab, allouer un CRes)
tab[1].m_id = 2
Trace(tab[1].m_id) // expect: 2
TableauSupprimeTout(tab)
// expect: fermeture 2
Trace("après le tableau") // expect: après le tableau
n est un CCompteur dynamique
QUAND EXCEPTION DANS
	n.m_n = 1
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: n is Null: no CCompteur object to use 'm_n' on (a dynamic object is Null until new or an assignment gives it one).
FIN
PROCÉDURE CCompteur::Ajoute(n est un entier)
m_n = m_n + n
PROCÉDURE CRes::Destructeur()
Trace("fermeture " + m_id)
