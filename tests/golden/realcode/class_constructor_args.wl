// constructor arguments: c is CClass(args) and new CClass(args)
CCompte est une Classe
    m_sNom est une chaîne
    m_mSolde est un monétaire
FIN
c est un CCompte("Dupont", 10)
d is CCompte = new CCompte("Martin")
Trace(c.m_sNom, c.m_mSolde, d.m_sNom, d.m_mSolde) // expect: Dupont, 10, Martin, 0
e is CCompte
Trace(e.m_sNom) // expect: ?
PROCEDURE CCompte::Constructeur(sNom = "?", mSolde = 0)
:m_sNom = sNom
:m_mSolde = mSolde
