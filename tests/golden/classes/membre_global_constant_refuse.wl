// un membre CONSTANT GLOBAL : C::membre n'est modifié que par les méthodes de la classe
CCompteur est une Classe
	PUBLIQUE CONSTANTE GLOBALE s_nTotal est un entier
FIN
c est un CCompteur
c.Ajoute()
Trace(CCompteur::s_nTotal)
CCompteur::s_nTotal = 10 // expect error: 's_nTotal' is a CONSTANT member of the class CCompteur
PROCÉDURE CCompteur::Ajoute()
::s_nTotal += 1
