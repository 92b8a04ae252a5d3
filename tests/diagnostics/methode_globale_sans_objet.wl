// Une méthode GLOBALE s'exécute sans objet : un membre non GLOBAL écrit `:m_n`, ou une
// méthode non GLOBALE appelée par son seul nom, est WL111
CA est une Classe
	m_n est un entier
	GLOBAL
		s_n est un entier
FIN
CA::Affiche()
PROCÉDURE GLOBALE CA::Affiche()
Trace(s_n, :s_n)
Trace(:m_n) // error: WL111:8 'm_n' is not a GLOBAL member of CA: a GLOBAL method runs without an object and reads only the class's GLOBAL members
Incrémente() // error: WL111:1 'Incrémente' is not a GLOBAL method of CA: a GLOBAL method runs without an object and calls only the class's GLOBAL methods
PROCÉDURE CA::Incrémente()
m_n++
