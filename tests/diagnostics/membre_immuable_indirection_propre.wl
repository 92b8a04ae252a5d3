// Une indirection littérale qui nomme un membre <immuable> de l'objet de la méthode
// ({"m_n"} = 9 dans une méthode de sa classe) est WL106 comme `m_n = 9` l'y est ; le
// constructeur de la classe lui donne sa valeur, par son nom aussi
oCompteur est un CCompteurFixe
oCompteur.Augmente()
Trace(oCompteur.m_n)

CCompteurFixe est une Classe
	m_n est un entier <immuable> = 3
FIN
PROCÉDURE CCompteurFixe::Constructeur()
{"m_n"} = 4

PROCÉDURE CCompteurFixe::Augmente()
{"m_n"} = 9 // error: WL106:1 cannot change the member 'm_n' of the class CCompteurFixe: it is declared immutable, only its declaration and CCompteurFixe's constructor give it a value (through the indirection {"m_n"})
