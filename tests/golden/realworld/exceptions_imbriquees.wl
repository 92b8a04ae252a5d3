// Exceptions imbriquées : ExceptionPropage vers le gestionnaire englobant, errComplet
nTraités est un entier
QUAND EXCEPTION DANS
    TraiteLot("A;B;C")
    TraiteLot("D;#;F")
    Trace("lot 2 terminé")
FAIRE
    Trace("Lot interrompu : " + ExceptionInfo(errMessage))
    Trace("Code : " + ExceptionInfo(errCode))
FIN
// expect: traité A
// expect: traité B
// expect: traité C
// expect: traité D
// expect: élément # rejeté, on remonte
// expect: Lot interrompu : Élément invalide : #
// expect: Code : 500
Trace(nTraités + " élément(s) traités") // expect: 4 élément(s) traités

// Une erreur fatale du langage est aussi une exception rattrapable
tabT est un tableau de entiers = [1, 2]
QUAND EXCEPTION DANS
    Trace(tabT[3])
FAIRE
    Trace("Indice refusé")
FIN
// expect: Indice refusé

// ErreurInfo sans erreur enregistrée : chaîne vide
Trace("[" + ErreurInfo() + "]") // expect: []

PROCÉDURE TraiteLot(sLot est une chaîne)
POUR TOUTE CHAÎNE sÉlém DE sLot SÉPARÉE PAR ";"
    QUAND EXCEPTION DANS
        TraiteÉlément(sÉlém)
    FAIRE
        Trace("élément " + sÉlém + " rejeté, on remonte")
        ExceptionPropage()
    FIN
FIN

PROCÉDURE TraiteÉlément(s est une chaîne)
SI s = "#" ALORS ExceptionDéclenche(500, "Élément invalide : " + s)
Trace("traité " + s)
nTraités++
