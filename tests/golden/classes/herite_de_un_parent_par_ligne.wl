// Une ligne `hérite de` nomme un seul parent (?6010007 : chaque ancêtre sur sa ligne) ;
// ce qui suit le nom est refusé : `hérite de CB CC` oubliait CC sans rien dire.
CB est une Classe
FIN
CC est une Classe
FIN
CA est une Classe
    HÉRITE DE CB CC // expect error: unexpected 'CC'; expected end of line
FIN
