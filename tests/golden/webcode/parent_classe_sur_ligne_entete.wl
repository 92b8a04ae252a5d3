// Une classe dont l'ancêtre est nommé sur la ligne de son en-tête (`CGoogleProvider est
// une Classe hérite CAbstractProvider` puis un bloc CONSTANTE et le FIN de la classe, comme
// un SDK WINDEV 25 enregistré par l'éditeur écrit quatre de ses classes) : l'ancêtre était
// lu comme des mots du type, la classe n'avait pas de corps et son FIN « ne fermait aucun
// bloc ». L'ancêtre est maintenant celui de la classe, comme sur une ligne à lui (INFERRED,
// docs/semantics.md).
CCompte est une Classe
	m_sTitulaire est une chaîne
	m_nSolde est un entier
FIN

CÉpargne est une Classe hérite de CCompte
	CONSTANTE
		TAUX_POURCENT = 3
	FIN
	m_nAnnées est un entier
FIN

CBloqué est une Classe, abstraite hérite CCompte
PRIVÉ
	m_bGelé est un booléen = Vrai
FIN

CFiducie est une Classe privée hérite CCompte
	m_sFiduciaire est une chaîne
FIN

e est un CÉpargne
e.m_sTitulaire = "Ada"
e.m_nSolde = 1000
e.m_nAnnées = 2
Trace(e.Décrire()) // expect: Ada : 1000
Trace(e.Intérêts()) // expect: 60
Trace(CÉpargne.TAUX_POURCENT) // expect: 3
Trace(e est CCompte) // expect: 1
f est un CFiducie
f.m_sFiduciaire = "Bo"
Trace(f.m_sFiduciaire) // expect: Bo

PROCÉDURE CCompte::Décrire()
RENVOYER m_sTitulaire + " : " + m_nSolde

PROCÉDURE CÉpargne::Intérêts()
RENVOYER m_nSolde * TAUX_POURCENT * m_nAnnées / 100
