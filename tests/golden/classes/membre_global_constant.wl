// un membre CONSTANT GLOBAL modifié par une méthode et lu de l'extérieur
CCompteur est une Classe
	PUBLIQUE CONSTANTE GLOBALE s_nTotal est un entier
FIN
c est un CCompteur
c.Ajoute()
c.Ajoute()
Trace(CCompteur::s_nTotal) // expect: 2
PROCÉDURE CCompteur::Ajoute()
::s_nTotal += 1
