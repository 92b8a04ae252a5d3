// Une variable immuable changée par un appel ou une boucle : la variable d'un POUR TOUT
// sur un tableau immuable (chaque élément), une méthode qui affecte son paramètre, une
// méthode qui affecte un membre d'un objet immuable. Lire ou copier (LOCAL) : rien.
CCompteur est une Classe
  m_nValeur est un entier
FIN
tabNoms est un tableau de chaînes <immuable> = ["a", "b"]
oCompteur est un CCompteur <immuable>
POUR TOUT sNom DE tabNoms
  Trace(sNom)
  sNom = "z" // error: WL106:3 cannot assign to 'sNom': it stands for an element of 'tabNoms', which is declared immutable: its value is the one its declaration gives
FIN
oCompteur.Avance() // error: WL106:1 cannot change 'oCompteur': it is declared immutable, its value is the one its declaration gives (its method Avance assigns its member 'm_nValeur')
oCompteur.Lit()
oCompteur.Remplit(tabNoms) // error: WL106:19 cannot change 'tabNoms': it is declared immutable, its value is the one its declaration gives (passed by reference to Remplit, which assigns its parameter 'tab')

PROCÉDURE CCompteur.Avance()
:m_nValeur++

PROCÉDURE CCompteur.Lit()
RENVOYER m_nValeur

PROCÉDURE CCompteur.Remplit(tab)
tab = ["c"]
