// Une classe déclarée en tête (membres seulement), instanciée et manipulée
CCompte est une Classe
    m_sTitulaire est une chaîne
    m_mSolde est un monétaire
FIN

cCpt est un CCompte
cCpt.m_sTitulaire = "Dupont"
cCpt.m_mSolde = 100
cCpt.m_mSolde += 25.5
Trace(cCpt.m_sTitulaire + " : " + cCpt.m_mSolde) // expect: Dupont : 125.5
