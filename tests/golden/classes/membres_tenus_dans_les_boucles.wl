// Membres lus et écrits dans une boucle (compiler/member_inline.py garde l'objet dans
// une locale avant la boucle quand la boucle n'affecte pas la variable) : mêmes valeurs,
// conversions et erreurs quand une procédure, une procédure interne ou un échange donne
// un autre objet à la variable dans la boucle, pour un objet d'une classe dérivée, une
// structure, les membres propres d'une méthode et un objet Null rencontré dans la boucle
CPoint est une Classe
	x est un entier
	s est une chaîne
FIN
CDérivée est une Classe
	hérite de CPoint
	y est un entier
FIN
STPoint est une Structure
	x est un entier
FIN
CCompteur est une Classe
	n est un entier
FIN
o est un CPoint dynamique = allouer un CDérivée
POUR i = 1 _À_ 3
	o.x = o.x + i
	o.s = o.s + i
FIN
Trace(o.x, o.s) // expect: 6, 123
st est un STPoint
POUR TOUT n DE [1, 2, 3]
	st.x += n
FIN
k est un entier = 0
TANTQUE k < 2
	k++
	st.x = st.x * 10
FIN
Trace(st.x) // expect: 600
BOUCLE (2)
	st.x = "12"
	Trace(st.x + 1) // expect: 13
	// expect: 13
FIN
q est un CPoint
POUR i = 1 _À_ 2
	q.x = 3.7
	q.s = 5
	Trace(q.x, q.s, q.x + q.s) // expect: 3, 5, 35
	// expect: 3, 5, 35
FIN
a est un CPoint
b est un CPoint
b.x = 100
POUR i = 1 _À_ 2
	Échange(a, b)
	a.x += i
	Trace(a.x, b.x)
FIN
// expect: 101, 0
// expect: 2, 101
POUR i = 1 _À_ 2
	Renouvelle(a)
	a.x += 10
	Trace(a.x) // expect: 17
	// expect: 17
FIN
POUR i = 1 _À_ 2
	Remplace()
	a.x++
	Trace(a.x) // expect: 51
	// expect: 51
FIN
c est un CCompteur
Trace(c.Ajoute(3), c.Ajoute(2)) // expect: 6, 9
z est un CPoint dynamique = allouer un CPoint
POUR i = 1 _À_ 3
	SI i = 2 ALORS Lâche(z)
	Trace(z.x) // expect: 0
	// expect error: z is Null: no CPoint object to use 'x' on
FIN

PROCÉDURE INTERNE Remplace()
	a = allouer un CPoint
	a.x = 50
FIN
PROCÉDURE Renouvelle(r est un CPoint)
r = allouer un CPoint
r.x = 7
PROCÉDURE Échange(u est un CPoint, v est un CPoint)
t est un CPoint dynamique = u
u = v
v = t
PROCÉDURE Lâche(w est un CPoint dynamique)
w = Null
PROCÉDURE CCompteur::Ajoute(k est un entier)
POUR i = 1 _À_ k
	n = n + i
FIN
RENVOYER n
