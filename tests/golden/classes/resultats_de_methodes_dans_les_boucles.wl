// Une méthode appelée sur un objet que la boucle tient, son résultat rangé dans un
// nombre (compiler/direct_methods.py) : là où rien ne peut donner un autre objet à la
// variable pendant la boucle, l'instruction exécute le code de la méthode elle-même, sa
// version entière quand ses paramètres reçoivent des entiers ; le résultat est celui de
// la répartition : redéfinition d'une classe dérivée, argument converti à l'entrée,
// somme au-delà de 32 bits.
CCompteur est une Classe
	m_pas est un entier
FIN
CDouble est une Classe
	hérite de CCompteur
FIN
c est un CCompteur
c.m_pas = 1
t est un entier
POUR i = 1 À 5
	t = c.Ajoute(t)
FIN
Trace(t) // expect: 5
d est un CCompteur dynamique = allouer un CDouble
d.m_pas = 1
u est un entier
POUR i = 1 À 5
	u = d.ajoute(u) // la redéfinition : deux fois le pas
FIN
Trace(u) // expect: 10
r est un réel = 2.7
v est un entier
POUR i = 1 À 2
	v = c.AJOUTE(r) + v // 2.7 donné à un paramètre entier : 2
FIN
Trace(v) // expect: 6
grand est un entier = 2147483646
POUR i = 1 À 2
	grand = c.Ajoute(grand) // au-delà de 2^31 - 1 : un entier boucle
FIN
Trace(grand) // expect: -2147483648
s est un réel
POUR i = 1 À 3
	s += c.Moitié(i) // un paramètre sans type reçoit un entier
FIN
Trace(s) // expect: 3
e est un CCompteur dynamique = allouer un CCompteur
e.m_pas = 1
x est un entier
POUR i = 1 À 3
	x = e.Ajoute(x)
	SI i = 1 ALORS Renouvelle(e) // donne un CDouble à e : son Ajoute s'exécute ensuite
FIN
Trace(x) // expect: 5

PROCÉDURE CCompteur::Ajoute(x est un entier)
RENVOYER x + m_pas
PROCÉDURE CDouble::Ajoute(x est un entier)
RENVOYER x + 2 * m_pas
PROCÉDURE CCompteur::Moitié(n)
RENVOYER n / 2
PROCÉDURE Renouvelle(q est un CCompteur dynamique)
q = allouer un CDouble
q.m_pas = 1
