// Une Date qui ne nomme aucun jour ("2026-12-06T25:30:00", gardée entière) arrête
// l'exécution rangée dans un membre numérique d'une structure, un élément numérique d'un
// tableau, donnée à TableauAjoute ou à un paramètre numérique, comme dans une variable :
// chacun donnait 2026, les premiers chiffres du texte, sans un mot (TableauAjoute et un
// Variant qui la tient : une erreur Python). Une Heure aux mêmes places est ses
// centièmes, une Date valide ses chiffres, comme avant.
// (*décidé*, INFERRED : docs/semantics.md "An invalid Date")
STCommande est une Structure
    nJour est un entier
    mJour est un monétaire
    nHeure est un entier
FIN
dLivraison est une Date = "2026-12-06T25:30:00"
stCommande est un STCommande
tabJours est un tableau de 2 entiers
taJours est un tableau associatif de réels
tabAgrandi est un tableau d'entiers
QUAND EXCEPTION DANS
    stCommande.nJour = dLivraison
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
FIN
QUAND EXCEPTION DANS
    stCommande.mJour = dLivraison
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
FIN
QUAND EXCEPTION DANS
    tabJours[1] = dLivraison
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
FIN
QUAND EXCEPTION DANS
    taJours["premier"] = dLivraison
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
FIN
QUAND EXCEPTION DANS
    TableauAjoute(tabAgrandi, dLivraison)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be used as a number.
FIN
vTenu est un Variant = dLivraison
QUAND EXCEPTION DANS
    Trace(vTenu = 5)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be used as a number.
FIN
QUAND EXCEPTION DANS
    AfficheJours(dLivraison)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be used as a number.
FIN
Trace(stCommande.nJour, stCommande.mJour, tabJours[1], TableauOccurrence(tabAgrandi)) // expect: 0, 0, 0, 0
// une Date valide : ses chiffres ; une Heure : ses centièmes
dLivraison = "2026-12-06T23:59:59"
hDébut est une Heure = "12:30:00"
stCommande.nJour = dLivraison
stCommande.nHeure = hDébut
tabJours[2] = dLivraison
TableauAjoute(tabAgrandi, dLivraison)
Trace(stCommande.nJour, stCommande.nHeure, tabJours[2], tabAgrandi[1]) // expect: 20261206, 4500000, 20261206, 20261206

PROCÉDURE AfficheJours(nJours est un entier)
Trace(nJours)
