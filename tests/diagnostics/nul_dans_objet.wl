// `s = Null` dans une variable d'une structure : WL110 à la variable ; un objet d'une
// classe peut être Null
cNœud est une Classe
    m_n est un entier
FIN
STCouple est une Structure
    a est un entier
FIN
o est un cNœud
O = NULL
c est un STCouple
C = nULL // error: WL110:1 a value of type Null cannot be stored in 'c', a STCouple (structure): a structure is never Null
Prend(Null)
Trace(o = Null, c.a)
PROCÉDURE Prend(n est un cNœud)
Trace(n = Null)
