// les arguments écrits sur la ligne d'un membre vont au constructeur de sa classe : trop
// ou pas assez est l'erreur d'une variable locale (wl check : WL104 à la ligne du membre)
D est une Classe
    m_n est un entier
FIN
S est une Structure
    x est un entier
FIN
CTrop est une Classe
    m_d est un D(1, 2) // wl: ignore[WL104]
FIN
CStructure est une Classe
    m_s est un S(1) // wl: ignore[WL104]
FIN
QUAND EXCEPTION DANS
    o est un CTrop
FAIRE
    Trace(ExceptionInfo()) // expect: D::Constructeur expects 1 parameter(s) but received 2.
FIN
// (l'erreur est montrée à la ligne du membre, ici la 13)
// expect error: The class S has no constructor to receive arguments.
s est un CStructure

PROCÉDURE D::Constructeur(n est un entier)
m_n = n
