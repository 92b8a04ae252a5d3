// Classe.CONSTANTE : une constante de classe lue par le nom de la classe et un point,
// comme l'écrit le code réel à côté de Classe::CONSTANTE (décidé : docs/semantics.md)
cCommande est une Classe
    CONSTANTE
        STATUT_SERVIE = 3
    FIN
    m_nStatut est un entier
FIN
SI cCommande.STATUT_SERVIE = 3 ALORS Trace("servie") // expect: servie
c est un cCommande
c.m_nStatut = CCOMMANDE.statut_servie
Trace(c.m_nStatut) // expect: 3
