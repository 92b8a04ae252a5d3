// `o = Null` dans une variable d'une classe non dynamique : WL110 à la variable
cNœud est une Classe
    m_n est un entier
FIN
o est un cNœud
O = NULL // error: WL110:1 a value of type Null cannot be stored in 'o', a cNœud (class)
r est un cNœud
r <- Null
Prend(Null)
Trace(o.m_n, r = Null)
PROCÉDURE Prend(n est un cNœud)
Trace(n = Null)
