// un membre CONSTANT que déclare le second parent (héritage multiple, ?6010007) est
// refusé à une copie homonyme faite hors de la lignée, et le message nomme ce parent :
// la classe qui le déclare était cherchée par le premier parent seulement, et le
// message nommait la classe dérivée (CEpargne)
CEtiquette est une Classe
	m_sLibellé est une chaîne
FIN
CCompte est une Classe
	PUBLIC CONSTANT
		m_sNum est une chaîne
	m_mSolde est un monétaire
FIN
CEpargne est une Classe
	hérite de CEtiquette
	hérite de CCompte
FIN
Cliché est une Structure
	m_sNum est une chaîne
	m_mSolde est un monétaire
FIN
c est un CEpargne
cl est un Cliché
cl.m_sNum = "Z9"
QUAND EXCEPTION DANS
	CopieDans(c, cl)
FAIRE
	Trace(ExceptionInfo()) // expect: 'm_sNum' is a CONSTANT member of the class CCompte: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy Cliché's 'm_sNum' into it).
FIN
Trace(c.m_sNum) // expect:
PROCÉDURE CopieDans(cible, source)
cible <= source
