// un membre CONSTANT hérité d'un ancêtre est refusé à une copie homonyme faite hors de la
// lignée, comme ceux de la classe : wl check le dit là où il connaît les deux classes
// (WL106), l'exécution là où seuls les objets le savent ; le message nomme le membre
// comme il est écrit et la classe qui le déclare
CCompte est une Classe
	PUBLIC CONSTANT
		m_sNum est une chaîne
	m_mSolde est un monétaire
FIN
CEpargne est une Classe
	hérite de CCompte
FIN
Cliché est une Structure
	m_sNum est une chaîne
	m_mSolde est un monétaire
FIN
c est un CEpargne("A1")
cl est un Cliché
cl.m_sNum = "Z9"
QUAND EXCEPTION DANS
	CopieDans(c, cl)
FAIRE
	Trace(ExceptionInfo()) // expect: 'm_sNum' is a CONSTANT member of the class CCompte: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy Cliché's 'm_sNum' into it).
FIN
Trace(c.m_sNum) // expect: A1
PROCÉDURE CCompte::Constructeur(sNum est une chaîne)
m_sNum = sNum
PROCÉDURE CopieDans(cible, source)
cible <= source
