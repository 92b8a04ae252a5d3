// un membre d'une section PRIVÉ GLOBAL, nommé `CClasse::membre` hors de la classe :
// WL112 ; une ligne GLOBAL sans mot d'accès déclare des membres globaux publics
CCompteur est une Classe
PRIVÉ GLOBAL
	s_nTotal est un entier
PRIVÉ
	m_nPrivé est un entier
GLOBAL
	s_nPublic est un entier = 3
FIN
Trace(CCompteur::Incrémente(), CCompteur::s_nPublic)
Trace(CCompteur::s_nTotal) // error: WL112:18 's_nTotal' is a private member of the class CCompteur: only its own methods can use it

PROCÉDURE GLOBALE CCompteur::Incrémente()
s_nTotal++
RENVOYER CCompteur::s_nTotal
