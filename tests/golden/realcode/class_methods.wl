// methods: PROCEDURE CClass::Method / CClass.Method, :member and bare members, objet, the constructor
CCompte est une Classe
    m_sTitulaire est une chaîne
    m_mSolde est un monétaire
FIN
c est un CCompte
c.m_sTitulaire = "Dupont"
c.Deposer(100)
c:Deposer(25.5)
Trace(c.Decrire()) // expect: Dupont : 125.5
Trace(c.Retirer(500), c.m_mSolde) // expect: 0, 125.5
d is CCompte
Trace(d.m_sTitulaire) // expect: (anonyme)
Trace(d.Inconnue()) // expect error: 'Inconnue'

PROCEDURE CCompte::Constructeur()
:m_sTitulaire = "(anonyme)"

PROCEDURE CCompte::Deposer(m)
:m_mSolde += m

PROCÉDURE CCompte.Retirer(m)
SI m > m_mSolde ALORS RENVOYER Faux
m_mSolde -= m
RENVOYER Vrai

PROCEDURE CCompte::Decrire()
RESULT m_sTitulaire + " : " + Solde()

PROCEDURE CCompte::Solde()
RESULT objet.m_mSolde
