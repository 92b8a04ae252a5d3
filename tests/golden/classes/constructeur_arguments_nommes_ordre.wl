// Les arguments nommés d'un constructeur sont évalués dans l'ordre où ils sont écrits,
// comme ceux d'une procédure ou d'une méthode (docs/semantics.md "Named arguments",
// décidé, INFERRED) : déclaration avec arguments, allouer/nouveau, et `Constructeur
// CBase(...)`. Avant, une création les évaluait dans l'ordre des paramètres.
o est un CPoint(nY : Noté("y", 2), nX : Noté("x", 1)) // expect: y
// expect: x
Trace(o.m_x, o.m_y) // expect: 1, 2
p est un CPoint dynamique = allouer un CPoint(nY : Noté("y2", 4), nX : Noté("x2", 3)) // expect: y2
// expect: x2
Trace(p.m_x, p.m_y) // expect: 3, 4
q est un CPoint3D(9) // expect: y3
// expect: x3
// expect: z
Trace(q.m_x, q.m_y, q.m_z) // expect: 5, 6, 9

CPoint est une Classe
	m_x est un entier
	m_y est un entier
FIN
CPoint3D est une Classe
	hérite de CPoint
	m_z est un entier
FIN

PROCÉDURE CPoint::Constructeur(nX est un entier, nY est un entier)
m_x = nX
m_y = nY

PROCÉDURE CPoint3D::Constructeur(nZ est un entier)
Constructeur CPoint(nY : Noté("y3", 6), nX : Noté("x3", 5))
m_z = Noté("z", nZ)

PROCÉDURE Noté(sQuoi est une chaîne, n est un entier)
Trace(sQuoi)
RENVOYER n
