// `{":m_n"}` dans une méthode : le membre de l'objet courant, comme `:m_n` dans le code,
// lu et écrit, une variable locale du même nom ne cachant rien, un chemin depuis lui
// aussi. Hors d'une méthode, l'exécution s'arrête en mots.
c est un CCompteur
c.Incrémente() // expect: 100, 5, 7
Trace(c.m_n, c.m_pos.x) // expect: 5, 7
Dehors()
// expect error: Indirection {:m_n}: ':' names a member of the current object, and this code is not in a method.

PT est une Structure
	x est un entier
FIN
CCompteur est une Classe
	m_n est un entier
	m_pos est un PT
FIN

PROCÉDURE CCompteur::Incrémente()
m_n est un entier = 100
{":m_n"} = {":m_n"} + 5
{":M_POS.x"} = 7
Trace(m_n, :m_n, {":m_pos.x"})

PROCÉDURE Dehors()
Trace({":m_n"})
