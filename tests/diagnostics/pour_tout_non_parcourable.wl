// POUR TOUT sur une variable sans éléments : WL110
CSac est une Classe
    m_n est un entier
FIN
sac est un CSac
POUR TOUT x DE sac // error: WL110:16 FOR EACH cannot go through 'sac', a CSac (class): it has no elements (an array, an associative array, a list, a queue or a stack has)
    Trace(x)
FIN
