// Un membre entier d'un objet que la boucle garde y est lu sans test de type
// (compiler/typed_members.py) : toute façon de donner une valeur au membre la convertit
// d'abord, chaque somme ci-dessous ajoute des entiers (3,7 gardé tel quel afficherait
// 7.4, "12" arrêterait le programme)
CCompteur est une Classe
	n est un entier
FIN
STitre est une Structure
	n est un réel
	libellé est une chaîne
FIN
a est un CCompteur(3.7)
t est un entier = 0
POUR i = 1 À 2
	t = t + a.n
FIN
Trace("constructeur", t) // expect: constructeur, 6
b est un CCompteur
b.FixeN("12")
t = 0
POUR i = 1 À 2
	t = t + b.n
FIN
Trace("méthode", t) // expect: méthode, 24
c est un CCompteur
c.n = 2.9
c.n += 0.8
t = 0
POUR i = 1 À 2
	t += c.n
FIN
Trace("affectation", t) // expect: affectation, 4
s est un STitre
s.n = 5.5
d est un CCompteur
d <= s
t = 0
POUR i = 1 À 2
	t = t + d.n
FIN
Trace("copie homonymique", t) // expect: copie homonymique, 10
e est un CCompteur
Donne(e.n)
t = 0
POUR i = 1 À 2
	t = t + e.n
FIN
Trace("par adresse", t) // expect: par adresse, 14
tampon est un Buffer
s.n = 4.25
Sérialise(s, tampon, psdJSON)
f est un CCompteur
Désérialise(f, tampon, psdJSON)
t = 0
POUR i = 1 À 2
	t = t + f.n
FIN
Trace("Désérialise", t) // expect: Désérialise, 8
g est un CCompteur
(g.n, s.libellé) = (6.6, "x")
t = 0
POUR i = 1 À 2
	t = t + g.n
FIN
Trace("affectation multiple", t, s.libellé) // expect: affectation multiple, 12, x
tab est un tableau de CCompteur
TableauAjoute(tab)
tab[1].n = 1.5
h est un CCompteur = tab[1]
t = 0
POUR i = 1 À 2
	t = t + h.n
FIN
Trace("élément de tableau", t) // expect: élément de tableau, 2
m est un CCompteur
ExécuteTraitement(m, "FixeN", 8.8)
t = 0
POUR i = 1 À 2
	t = t + m.n
FIN
Trace("ExécuteTraitement", t) // expect: ExécuteTraitement, 16
j est un JSON
j.n = 2.5
p est un CCompteur = j
t = 0
POUR i = 1 À 2
	t = t + p.n
FIN
Trace("JSON", t) // expect: JSON, 4
q est un CCompteur
q.n = 2147483647
q.n++
t = 0
POUR i = 1 À 1
	t = t + q.n
FIN
Trace("débordé", t) // expect: débordé, -2147483648

PROCÉDURE CCompteur::Constructeur(v = 0)
n = v

PROCÉDURE CCompteur::FixeN(v)
:n = v

PROCÉDURE Donne(x)
x = 7.5
