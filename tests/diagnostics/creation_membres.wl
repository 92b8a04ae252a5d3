// en français : les arguments du constructeur écrits sur la ligne d'un membre
Compte est une Classe
    m_titulaire est une chaîne
FIN
Banque est une Classe
    m_principal est un Compte("Ann")
    m_trop est un objet Compte("Ann", 2) // error: WL104:5 Compte::Constructeur expects 1 parameter(s) but received 2
    m_aucun est un Compte // error: WL104:5 Compte::Constructeur expects 1 parameter(s) but received 0
    m_lien est un Compte dynamique
    GLOBAL
    m_partage est un Compte("banque")
FIN

PROCÉDURE Compte::CONSTRUCTEUR(sTitulaire)
m_titulaire = sTitulaire
