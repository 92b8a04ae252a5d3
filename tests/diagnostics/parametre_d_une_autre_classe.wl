// une variable d'une classe passée à un paramètre déclaré d'une autre classe : WL116
CA est une Classe
	m_n est un entier
FIN
CB est une Classe
	m_s est une chaîne
FIN
b est un CB
Prendre(b) // error: WL116:9 'b' is a CB and the parameter 'o' of Prendre is a CA: WINDEV's compiler refuses a variable of another type there
PROCÉDURE Prendre(o est un CA)
Trace(o.m_n)
