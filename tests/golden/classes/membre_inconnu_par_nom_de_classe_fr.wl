// Un nom qu'aucun membre de la classe ne porte, lu par le nom de la classe et un point,
// arrête l'exécution avec les mots de `CCompte::Inconnu` (WL109 dans wl check, au nom) ;
// c'était "'CCompte' is a class or structure, not a variable". Un membre GLOBAL lu
// ainsi s'exécute.
CCompte est une Classe
	GLOBAL
	m_nOuverts est un entier
FIN
CCompte.m_nOuverts = 2
Trace(CCompte.m_nOuverts) // expect: 2
CCompte.m_nFermés = 1 // expect error: 'm_nFermés' is neither a constant nor a global member of the class CCompte.
