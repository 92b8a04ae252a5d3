// Une Date qui ne nomme aucun jour (un texte date-heure dont l'heure n'est d'aucun jour,
// gardé entier ; des chiffres qui ne nomment aucun jour) arrête l'exécution rangée dans un
// nombre ou soustraite d'une date, comme une Heure invalide ("not a valid time: it cannot
// be stored into a number"). Son nombre était les premiers chiffres du texte : 2026 dans
// un entier, un monétaire et un numérique, et d - "20261201" donnait -20259175, sans un
// mot. Une Date valide est ses chiffres, comme avant.
// (*décidé*, INFERRED : docs/semantics.md "An invalid Date")
dLivraison est une Date = "2026-12-06T25:30:00"
nJour est un entier
mJour est un monétaire
nnJour est un numérique
QUAND EXCEPTION DANS
    nJour = dLivraison
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
FIN
QUAND EXCEPTION DANS
    mJour = dLivraison
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
FIN
QUAND EXCEPTION DANS
    nnJour = dLivraison
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
FIN
QUAND EXCEPTION DANS
    Trace(dLivraison - "20261201")
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): no date can be taken from it nor it from a date.
FIN
Trace(nJour, mJour, nnJour) // expect: 0, 0, 0
dLivraison = "20261332"
QUAND EXCEPTION DANS
    Trace("20261201" - dLivraison)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "20261332" is not a valid date (DateValid gives False for it): no date can be taken from it nor it from a date.
FIN
// une Date valide : ses chiffres, comme avant
dLivraison = "2026-12-06T23:59:59"
nChiffres est un entier = dLivraison
mChiffres est un monétaire = dLivraison
Trace(nChiffres, mChiffres, dLivraison - "20261201", dLivraison - "5") // expect: 20261206, 20261206, 5, 20261201
