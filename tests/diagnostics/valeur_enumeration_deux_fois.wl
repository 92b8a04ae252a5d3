// une valeur d'énumération ou de combinaison déclarée deux fois (toute casse) : WL105 à
// la seconde, que le compilateur de WINDEV refuse ; rien n'était dit, et E.Marche
// valait la seconde
Trace(EPoste.Marche, EDroits.Lecture)
EPoste est une Énumération
    Marche = 1
    Vélo = 2
    MARCHE = 3 // error: WL105:5 the value 'MARCHE' of the enumeration EPoste is declared twice
FIN
EDroits est une Combinaison
    Lecture
    Écriture
    lecture // error: WL105:5 the value 'lecture' of the combination EDroits is declared twice
FIN
