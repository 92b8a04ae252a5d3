// Une Durée rangée dans une DateHeure ou une Date arrête l'exécution en la nommant : une
// longueur de temps ne nomme aucun moment ni aucun jour. La variable gardait les mots de
// la Durée, "1 h 2 min", que DateHeureValide refusait, sans un mot. Une Heure la prend
// comme ce temps après minuit (duree_dans_heure_fr.wl) ; une DateHeure plus une Durée est
// une DateHeure, comme avant.
// (*décidé*, INFERRED : docs/semantics.md "A Duration stored into a Date or a DateTime")
STVisite est une Structure
    dhDébut est une DateHeure
FIN
duSéjour est une Durée = 1 h 2 min
QUAND EXCEPTION DANS
    dhArrivée est une DateHeure = duSéjour
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Duration (1 h 2 min) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du).
FIN
stVisite est un STVisite
QUAND EXCEPTION DANS
    stVisite.dhDébut = duSéjour
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Duration (1 h 2 min) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du).
FIN
vTenu est un Variant = duSéjour
QUAND EXCEPTION DANS
    dJour est une Date = vTenu
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Duration (1 h 2 min) cannot be stored into a Date: it is a length of time, not a moment; add it to one (dStart + du).
FIN
QUAND EXCEPTION DANS
    AfficheJour(duSéjour)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Duration (1 h 2 min) cannot be stored into a Date: it is a length of time, not a moment; add it to one (dStart + du).
FIN
// ce à quoi sert une Durée : un moment plus elle, et une Heure ce temps après minuit
dhDépart est une DateHeure = "2026-12-06T10:00:00"
dhRetour est une DateHeure = dhDépart + duSéjour
hLongueur est une Heure = duSéjour
Trace(dhRetour, hLongueur) // expect: 20261206110200000, 01020000
// les jours entre deux Dates restent un nombre de jours, comme avant
dPremier est une Date = "20261201"
dDernier est une Date = "20261206"
nJours est un entier = dDernier - dPremier
Trace(nJours) // expect: 5

PROCÉDURE AfficheJour(dJour est une Date)
Trace(dJour)
