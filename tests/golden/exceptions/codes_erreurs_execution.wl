// ExceptionInfo(errCode) après une erreur levée par wlinterp : un numéro stable au-delà
// des 1 à 1000 d'ExceptionDéclenche (ceux du développeur, ?3034005), un par sorte
// d'erreur (INFERRED : docs/semantics.md) ; il valait 0
x est un entier = 0
QUAND EXCEPTION DANS
    Trace(10 / x)
FAIRE
    Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage)) // expect: 1002, Division by zero.
FIN
t est un tableau de 3 entiers
QUAND EXCEPTION DANS
    Trace(t[5])
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1004
FIN
QUAND EXCEPTION DANS
    ExceptionDéclenche(12, "à moi")
FAIRE
    Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage)) // expect: 12, à moi
FIN
// le texte d'ExceptionDéclenche reste celui du script, même s'il commence par un nom
// de fonction que la ligne appelle autrement
QUAND EXCEPTION DANS
    ExceptionDéclenche(9, "count: le mien") ; Trace(Occurrence(1, "1"))
FAIRE
    Trace(ExceptionInfo()) // expect: count: le mien
FIN
Vérifie()
PROCÉDURE Vérifie()
    n est un entier = 0
    Trace(1 / n)
CAS EXCEPTION:
    SELON ExceptionInfo(errCode)
        CAS 1002 : Trace("division par zéro") // expect: division par zéro
        AUTRE CAS : Trace("autre")
    FIN
