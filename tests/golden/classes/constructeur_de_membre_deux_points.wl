// `Constructeur :m_membre(args)` (le membre écrit avec les deux-points des membres de
// l'objet courant) est `Constructeur m_membre(args)`, ici pour un membre que déclare la
// classe ancêtre (aide ?6010001 ; c'était une erreur de syntaxe)
CPièce est une Classe
    m_libellé est une chaîne
FIN
CBase est une Classe
    m_moteur est une CPièce
FIN
CMachine est une Classe
    hérite de CBase
FIN
m est une CMachine
Trace(m.m_moteur.m_libellé) // expect: moteur
PROCÉDURE CPièce::Constructeur(libellé est une chaîne = "aucun")
m_libellé = libellé
PROCÉDURE CMachine::Constructeur()
constructeur :m_moteur("moteur")
