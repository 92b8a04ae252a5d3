// `Constructeur m_membre(args)` dans le constructeur d'une classe construit ce membre
// avec ces paramètres (aide ?6010001), à côté de `Constructeur CBase(args)`
CPièce est une Classe
    m_libellé est une chaîne
FIN
CBase est une Classe
    m_genre est une chaîne
FIN
CMachine est une Classe
    hérite de CBase
    m_moteur est un objet CPièce
    m_roue est une CPièce
    m_n est un entier
FIN
m est un CMachine(3)
Trace(m.m_genre) // expect: machine
Trace(m.m_moteur.m_libellé) // expect: moteur 3
Trace(m.m_roue.m_libellé) // expect: roue
QUAND EXCEPTION DANS
    x est un CMachine(-1) // wl: ignore[WL201]
FAIRE
    Trace(ExceptionInfo()) // expect: CPièce::Constructeur expects 1 parameter(s) but received 0.
FIN

PROCÉDURE CPièce::Constructeur(libellé est une chaîne)
m_libellé = libellé

PROCEDURE CBase::Constructeur(genre est une chaîne)
m_genre = genre

PROCÉDURE CMachine::Constructeur(n est un entier)
Constructeur CBase("machine")
SI n < 0 ALORS
    CONSTRUCTEUR m_moteur() // wl: ignore[WL104]
SINON
    constructeur m_moteur("moteur " + n)
FIN
Constructeur m_roue("roue")
m_n = n
