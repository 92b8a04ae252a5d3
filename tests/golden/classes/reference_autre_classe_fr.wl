// `d est un CClientTreuil dynamique <- c` (code réel : les clients d'un serveur de
// sockets, gardés par leur interface, triés par classe) : d désigne l'objet de c quand
// c'est un CClientTreuil ou un dérivé, et vaut Null pour un objet d'une autre classe ;
// `=` s'arrête toujours (`<-` s'arrêtait aussi). (docs/semantics.md, "`<-` into a
// dynamic object of another class")
IClientSocket est une Interface
	PROCÉDURE Nom() : chaîne
FIN
CClientSocket est une Classe
	implémente IClientSocket
	m_sNom est une chaîne
FIN
CClientTreuil est une Classe
	hérite de CClientSocket
	m_nTreuil est un entier
FIN
CClientJournal est une Classe
	implémente IClientSocket
FIN
STDétenteur est une Structure
	pTreuil est un CClientTreuil dynamique
FIN

tabClients est un tableau de IClientSocket dynamiques
t est un CClientTreuil dynamique = allouer un CClientTreuil("treuil 1")
t.m_nTreuil = 7
Ajoute(tabClients, t)
Ajoute(tabClients, allouer un CClientJournal)
Ajoute(tabClients, allouer un CClientSocket("simple"))
POUR TOUT c DE tabClients
	d est CClientTreuil dynamique <- c
	si d<>Null ALORS
		Trace(c.Nom() + " : treuil " + d.m_nTreuil)
	SINON
		Trace(c.Nom() + " : pas un treuil")
	FIN
FIN
// expect: treuil 1 : treuil 7
// expect: journal : pas un treuil
// expect: simple : pas un treuil
s est un CClientSocket dynamique
s <- tabClients[2]
Trace(s = Null) // expect: 1
s <- tabClients[1]
Trace(s.Nom()) // expect: treuil 1
stDét est un STDétenteur
stDét.pTreuil <- tabClients[3]
Trace(stDét.pTreuil = Null) // expect: 1
stDét.pTreuil <- t
Trace(stDét.pTreuil.m_nTreuil) // expect: 7
pJournal est un CClientJournal dynamique
pJournal = tabClients[1] // expect error: An object of the class CClientTreuil cannot be stored in the class CClientJournal: it is not CClientJournal nor derived from it.
Trace(pJournal.Nom())

PROCÉDURE CClientSocket::Constructeur(sNom est une chaîne)
:m_sNom = sNom
PROCÉDURE CClientSocket::Nom() : chaîne
RENVOYER :m_sNom
PROCÉDURE CClientJournal::Nom() : chaîne
RENVOYER "journal"
