// Une indirection calculée qui écrit un membre <immuable> de l'objet de la méthode
// ({s} = 9, s valant "m_n", dans une méthode de sa classe) arrête l'exécution dans les
// mots de `m_n = 9` ; le constructeur lui donne sa valeur par son nom.
oCompteur est un CCompteurFixe
Trace(oCompteur.m_n) // expect: 4
QUAND EXCEPTION DANS
	oCompteur.Augmente()
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: cannot change the member 'm_n' of the class CCompteurFixe: it is declared immutable, only its declaration and CCompteurFixe's constructor give it a value (through the indirection {"m_n"}).
FIN
Trace(oCompteur.m_n) // expect: 4

CCompteurFixe est une Classe
	m_n est un entier <immuable> = 3
FIN
PROCÉDURE CCompteurFixe::Constructeur()
s est une chaîne = "m_" + "n"
{s} = 4

PROCÉDURE CCompteurFixe::Augmente()
s est une chaîne = "m_" + "n"
{s} = 9
