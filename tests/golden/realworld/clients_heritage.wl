// Clients : classe dérivée (HÉRITE DE), constructeur qui appelle celui de l'ancêtre,
// méthode virtuelle redéfinie, tableau d'objets dynamiques, exception levée par une
// méthode ; un membre absent d'un objet nomme sa classe
CPersonne est une Classe
    PROTÉGÉ
    m_sNom est une chaîne
    m_sPrénom est une chaîne
FIN

CClient est une Classe
    hérite de CPersonne
    PUBLIC
    m_nCode est un entier
    m_mEncours est un monétaire
FIN

tabClients est un tableau de CClient dynamique
c est un CClient dynamique
c = allouer un CClient(12, "dupont", "Jean")
c.m_mEncours = 150.5
TableauAjoute(tabClients, c)
c = allouer un CClient(7, "martin", "Élise")
TableauAjoute(tabClients, c)
POUR TOUT cl DE tabClients
    Trace(cl.Description())
FIN
// expect: Client 12 : Jean DUPONT (encours 150.5)
// expect: Client 7 : Élise MARTIN (encours 0)
QUAND EXCEPTION DANS
    tabClients[1].Encaisser(-5)
FAIRE
    Trace("Erreur : " + ExceptionInfo()) // expect: Erreur : Montant invalide : -5
FIN
tabClients[1].Encaisser(50.25)
Trace(tabClients[1].m_mEncours) // expect: 100.25
pCli est un CPersonne dynamique = tabClients[2]
Trace(pCli.Description()) // expect: Client 7 : Élise MARTIN (encours 0)
QUAND EXCEPTION DANS
    Trace(pCli.m_sVille) // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: 'm_sVille' is not a member of the class CPersonne.
FIN

PROCÉDURE CPersonne::Constructeur(sNom est une chaîne, sPrénom est une chaîne)
m_sNom = Majuscule(sNom)
m_sPrénom = sPrénom

PROCÉDURE CPersonne::NomComplet() : chaîne
RENVOYER m_sPrénom + " " + m_sNom

PROCÉDURE VIRTUELLE CPersonne::Description()
RENVOYER "Personne : " + NomComplet()

PROCÉDURE CClient::Constructeur(nCode est un entier, sNom, sPrénom)
Constructeur CPersonne(sNom, sPrénom)
m_nCode = nCode

PROCÉDURE CClient::Description()
RENVOYER ChaîneConstruit("Client %1 : %2 (encours %3)", m_nCode, NomComplet(), m_mEncours)

PROCÉDURE CClient::Encaisser(mMontant est un monétaire)
SI mMontant <= 0 ALORS
    ExceptionDéclenche(1, "Montant invalide : " + mMontant)
FIN
m_mEncours -= mMontant
