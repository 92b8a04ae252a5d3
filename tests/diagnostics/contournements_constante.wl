// un membre CONSTANT (ou une constante) atteint autrement que par `o.m = v` est refusé aussi
CONSTANTE
	MAX_ARTICLES = 5
FIN
CStock est une Classe
	PUBLIQUE CONSTANTE m_code est une chaîne
	PUBLIQUE CONSTANTE m_tailles est un tableau d'entiers
	m_libellé est une chaîne
FIN
Article est une Structure
	m_code est une chaîne
	m_libellé est une chaîne
FIN
s est un CStock
a est un Article
s <= a // error: WL106:1 'm_code' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy Article's 'm_code' into it)
s.m_tailles[1] = 3 // error: WL106:3 'm_tailles' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (its elements cannot be changed either)
TableauAjoute(s.m_tailles, 4) // error: WL106:17 'm_tailles' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (TableauAjoute would change its elements)
Renomme(s.m_code) // error: WL106:11 'm_code' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (passed by reference to Renomme, which assigns its parameter 'code')
{"MAX_ARTICLES"} = 6 // error: WL106:1 the constant 'MAX_ARTICLES' cannot be changed through the indirection {"MAX_ARTICLES"}
{"s:m_code"} = "B" // error: WL106:1 'm_code' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (through the indirection {"s:m_code"})
s.m_libellé = "ok"
s.Remplit(a)
Affiche(s.m_code) // une procédure qui n'affecte pas son paramètre
PROCÉDURE Renomme(code)
code = "X"
PROCÉDURE Affiche(code)
Trace(code)
PROCÉDURE CStock::Remplit(autre est un Article)
objet <= autre // ses propres méthodes peuvent y copier
Ajoute(m_tailles, 1)
m_tailles[1] = 2
