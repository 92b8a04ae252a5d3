// `Ceci` dans une méthode est l'objet en cours, comme `objet` (page "Procédure
// d'extension" ?1514086, lue en anglais : "This" y désigne l'objet en cours dans les
// classes ; `Ceci` est le nom français que wlinterp donne déjà à ce mot-clé dans les
// procédures d'extension, INFERRED). C'était une variable non déclarée.
cpt est un CCompte
cpt.Dépose(50)
cpt.Dépose(25)
Trace(cpt.Solde(), cpt.Décrit())
// expect: 75, solde 75

CCompte est une Classe
  PRIVÉ
  m_nSolde est un entier
FIN
PROCÉDURE CCompte::Dépose(nMontant est un entier)
Ceci.m_nSolde += nMontant
PROCÉDURE CCompte::Solde()
RENVOYER Ceci.m_nSolde
PROCÉDURE CCompte::Décrit()
RENVOYER "solde " + Ceci.Solde()
