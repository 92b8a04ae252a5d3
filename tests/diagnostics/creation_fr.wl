// en français : le constructeur et ses paramètres, les membres déclarés deux fois
Compte est une Classe
    m_titulaire est une chaîne
    M_TITULAIRE est un entier // error: WL105:5 the member 'M_TITULAIRE' of Compte is declared twice
FIN
Vide est une classe
FIN
a est un Compte("Ann")
b est un objet Compte("Ann", 2) // error: WL104:1 Compte::Constructeur expects 1 parameter(s) but received 2
c est un Compte // error: WL104:1 Compte::Constructeur expects 1 parameter(s) but received 0
d est un Compte dynamique
d = allouer un Compte() // error: WL104:5 Compte::Constructeur expects 1 parameter(s) but received 0
v est un Vide(1, 2) // error: WL104:1 the class Vide has no constructor to receive arguments
Trace(a.m_titulaire, b.m_titulaire, c.m_titulaire, d.m_titulaire, v = Null)

PROCÉDURE Compte::CONSTRUCTEUR(sTitulaire)
m_titulaire = sTitulaire
