// les déclarations en double, en français : WL105 nomme la première déclaration
cClient est une Classe
	m_sNom est une chaîne
FIN
cClient est une classe // error: WL105:1 the class 'cClient' is declared twice (first declared at line 2)
	m_nAge est un entier
FIN
c est un cClient
Trace(c.m_sNom)

PROCÉDURE cClient::Nom()
RENVOYER m_sNom

PROCÉDURE cClient::nom() // error: WL105:20 the method cClient::nom is declared twice (first declared at line 11)
RENVOYER m_sNom

PROCÉDURE Calcule()
RENVOYER 1

PROCÉDURE CALCULE() // error: WL105:11 the procedure 'CALCULE' is declared twice (first declared at line 17)
RENVOYER 2
