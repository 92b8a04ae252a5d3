// Une valeur de combinaison déclarée deux fois (toute casse) est refusée avant que le
// programme s'exécute, comme le compilateur de WINDEV refuse un nom déclaré deux fois
// (docs/check.md WL105) ; l'exécution donnait à EDroits.Lecture la seconde.
Trace(EDroits.Lecture)
EDroits est une Combinaison
    Lecture
    Écriture
    lecture // expect error: the value 'lecture' of the combination EDroits is declared twice
FIN
