// a GLOBAL member has one value for the class: its initial value must be a constant;
// an ordinary member's may be computed (given to each new object)
gX is int = 3
CShared is Class
    n is int = gX + 1
    GLOBAL
        s is int = gX // error: WL111:20 a GLOBAL member's initial value must be a constant (give it its value in the code)
END
CPartagé est une Classe
    GLOBAL
        t est un entier = gX * 2 // error: WL111:30 a GLOBAL member's initial value must be a constant (give it its value in the code)
FIN
Trace(CShared::s, CPartagé::t)
