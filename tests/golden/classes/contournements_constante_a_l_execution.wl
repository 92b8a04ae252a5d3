// quand seul l'objet dit sa classe, les autres façons de changer un membre CONSTANT sont
// refusées à l'exécution : élément, fonctions de tableau, paramètre par référence,
// copie homonymique, indirection ; une constante lue par indirection donne sa valeur
CONSTANTE
	LIMITE = 5
FIN
CPoint est une Classe
	PUBLIQUE CONSTANTE m_x est un entier
	m_y est un entier
	PUBLIQUE CONSTANTE m_t est un tableau d'entiers
FIN
CLibre est une Classe
	m_x est un entier
	m_t est un tableau d'entiers
FIN
Paire est une Structure
	m_x est un entier
	m_y est un entier
FIN
p est un CPoint
QUAND EXCEPTION DANS
	ParRéférence(p)
FAIRE
	Trace(ExceptionInfo()) // expect: 'm_x' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it (passed by reference to Affecte, which assigns its parameter 'n').
FIN
QUAND EXCEPTION DANS
	Range(p)
FAIRE
	Trace(ExceptionInfo()) // expect: 'm_t' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it (its elements cannot be changed either).
FIN
QUAND EXCEPTION DANS
	AjouteUn(p)
FAIRE
	Trace(ExceptionInfo()) // expect: 'm_t' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it (ArrayAdd would change its elements).
FIN
QUAND EXCEPTION DANS
	CopieDans(p)
FAIRE
	Trace(ExceptionInfo()) // expect: 'm_x' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy Paire's 'm_x' into it).
FIN
nom est une chaîne = "p:m_x"
QUAND EXCEPTION DANS
	{nom} = 7
FAIRE
	Trace(ExceptionInfo()) // expect: 'm_x' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it.
FIN
nom = "LIMITE"
Trace({nom}) // expect: 5
QUAND EXCEPTION DANS
	{nom} = 6
FAIRE
	Trace(ExceptionInfo()) // expect: Indirection {LIMITE}: 'LIMITE' is a constant: it cannot be assigned.
FIN
Trace(p.m_x, p.m_y, TableauOccurrence(p.m_t), LIMITE) // expect: 0, 0, 0, 5
{"p.m_y"} = 8 // un membre qui n'est pas CONSTANT
l est un CLibre
ParRéférence(l)
AjouteUn(l)
Range(l)
CopieDans(l)
Trace(l.m_x, l.m_t[1], {"p:m_y"}) // expect: 3, 5, 8
p.RàZ()
Trace(p.m_x, p.m_y, TableauOccurrence(p.m_t)) // expect: 3, 4, 1

PROCÉDURE ParRéférence(o)
Affecte(o.m_x)
PROCÉDURE Range(o)
o.m_t[1] = 5
PROCÉDURE AjouteUn(o)
TableauAjoute(o.m_t, 0)
PROCÉDURE CopieDans(o)
s est une Paire
s.m_x = 3
s.m_y = 4
o <= s
PROCÉDURE Affecte(n)
n = 99
PROCÉDURE CPoint::RàZ()
s est une Paire
s.m_x = 3
s.m_y = 4
objet <= s
Ajoute(m_t, 1)
