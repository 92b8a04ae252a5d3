// le nom d'une classe là où une variable est attendue : WL101 dit que c'est une classe
CStock est une Classe
	m_nQté est un entier = 3
FIN
s est un CStock
Trace(s.m_nQté)
Trace(CStock.m_nQté) // error: WL101:7 'CStock' is a class or structure, not a variable
Trace(CAbsente::Compte()) // error: WL101:7 'CAbsente' is not declared
