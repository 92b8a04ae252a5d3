// Soustraire deux sortes différentes de Date, Heure et DateHeure (INFERRED,
// docs/semantics.md "Subtracting different kinds of dates and times") : une DateHeure
// moins une Date est une Durée (la Date à minuit) ; une Heure avec une Date ou une
// DateHeure est une erreur, comme une Date ôtée d'une Durée. Aussi à travers un
// paramètre non typé (le type déclaré du membre décide à l'exécution).
STPassage est une Structure
    dJour est une Date
    hPassage est une Heure
    dhRetour est une DateHeure
FIN
stP est un STPassage
stP.dJour = "20261130"
stP.hPassage = "0815"
stP.dhRetour = "20261201120000"
dhDépart est une DateHeure = "20261130180000"
duAbsence est une Durée = dhDépart - stP.dJour
Trace(duAbsence..EnHeures) // expect: 18
Trace(Écart(stP)) // expect: 1 d 12 h
duPause est une Durée = 15 min
Trace(stP.hPassage - duPause) // expect: 08000000

QUAND EXCEPTION DANS
    Trace(MauvaisÉcart(stP))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Time cannot be subtracted from a DateTime: a Time has no date (subtract a Duration, or make both DateTimes).
FIN
QUAND EXCEPTION DANS
    Trace(duPause - stP.dJour)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be subtracted from a Duration (a Duration can be subtracted from a Date).
FIN

PROCÉDURE Écart(p)
RENVOYER p.dhRetour - p.dJour

PROCÉDURE MauvaisÉcart(p)
RENVOYER p.dhRetour - p.hPassage
