// une méthode GLOBALE s'exécute sur la classe, sans objet : y nommer un membre qui n'est
// pas GLOBAL (lu ou écrit) est WL111, différée ; ses membres GLOBAUX et ses constantes
// vont bien
CBase est une Classe
	GLOBAL
		s_n est un entier
	PUBLIQUE
		m_x est un entier
	CONSTANTE
		LIMITE = 10
	FIN
FIN
Trace(CBase::Suivant(), CBase::Mauvais())
CBase::Remet()
PROCÉDURE GLOBALE CBase::Suivant()
s_n++
RENVOYER s_n + LIMITE
PROCÉDURE GLOBALE CBase::Mauvais()
RENVOYER m_x // error: WL111:10 'm_x' is not a GLOBAL member of CBase: a GLOBAL method runs without an object and reads only the class's GLOBAL members
PROCÉDURE GLOBALE CBase::Remet()
m_x = 0 // error: WL111:1 'm_x' is not a GLOBAL member of CBase: a GLOBAL method runs without an object and reads only the class's GLOBAL members
s_n = 0
