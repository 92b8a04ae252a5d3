// un constructeur qui reçoit trop ou trop peu d'arguments : une erreur WLangage à la
// création (wl check : WL104)
CCompte est une Classe
    m_sNom est une chaîne
FIN
c est un CCompte("Ann")
Trace(c.m_sNom) // expect: Ann
QUAND EXCEPTION DANS
    d est un objet CCompte("a", "b") // wl: ignore[WL104]
FAIRE
    Trace(ExceptionInfo()) // expect: CCompte::Constructeur expects 1 parameter(s) but received 2.
FIN
e est un CCompte dynamique = allouer un CCompte() // expect error: CCompte::Constructeur expects 1 parameter(s) but received 0

PROCÉDURE CCompte::Constructeur(sNom)
m_sNom = sNom
