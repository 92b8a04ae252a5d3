// `s1 = s2` entre structures de deux types : les membres de même nom prennent les valeurs
// de s2, les autres leur valeur par défaut (?6010018, « Structure = Structure »)
ST1 est une Structure
	a est un entier
	b est une chaîne
FIN
ST2 est une Structure
	b est une chaîne
	c est un entier
FIN
s1 est un ST1
s1.a = 4
s2 est un ST2
s2.b = "abeille"
s2.c = 3
s1 = s2
Trace(s1.a, s1.b) // expect: 0, abeille
CA est une Classe
	m_n est un entier
FIN
CB est une Classe
	m_n est un entier
FIN
a est un CA
b est un CB
a = b // expect error: An object of the class CB cannot be stored in the class CA: it is not CA nor derived from it.
