// `n += dh` est `n = n + dh` : un entier plus une DateHeure est cette DateHeure avancée
// d'autant de jours, rangée dans l'entier, donc l'exécution s'arrête sur "Numeric overflow"
// quand l'entier a moins de 8 octets, comme pour `n = dh` (variable, élément, membre,
// élément de tableau associatif). `RENVOYER dh` dans une procédure déclarée `: entier`
// s'arrête au RENVOYER (la valeur y est convertie dans le type déclaré). Les 8 chiffres
// d'une Date (AAAAMMJJ) dépassent un entier de 1 ou 2 octets : même arrêt
// (docs/semantics.md "A DateTime stored into an integer").
dhCommande est une DateHeure = "20251207103000000"
nJours est un entier = 3
nJours += dhCommande // error: WL110:1 'nJours' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
tJours est un tableau de 2 entiers
tJours[1] += dhCommande // error: WL110:1 'tJours[...]' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
STStock est une Structure
    nNiveau est un entier sur 2 octets
FIN
stStock est un STStock
stStock.nNiveau += dhCommande // error: WL110:1 'stStock.nNiveau' is a 2-byte int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
taJours est un tableau associatif d'entiers
taJours["a"] += dhCommande + 1 // error: WL110:1 'taJours[...]' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
nLarge est un entier sur 8 octets
nLarge += dhCommande
nJours += dhCommande - dhCommande
nJours += 5
dLivraison est une Date = "20251208"
nCourt est un entier sur 2 octets
nCourt = dLivraison // error: WL110:1 'nCourt' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
nCourt += dLivraison // error: WL110:1 'nCourt' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
nOctet est un entier sans signe sur 1 octet = DateDuJour() // error: WL110:1 'nOctet' is an unsigned 1-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an unsigned 4-byte int holds them
Garde(dLivraison + 7) // error: WL110:7 the parameter 'nA' of Garde is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
Garde(dLivraison) // error: WL110:7 the parameter 'nA' of Garde is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
nJour est un entier = dLivraison
QUAND EXCEPTION DANS
    nCourt = dLivraison
    nJours += dhCommande
FAIRE
    Trace(ExceptionInfo(errMessage))
FIN
Trace(nJours, tJours[1], stStock.nNiveau, taJours["a"], nLarge, nCourt, nOctet, nJour)
Trace(Horodatage(), Echeance(), Large())
fHorodatage est une procédure = (x) : entier => dhCommande // error: WL110:49 the result of this lambda is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
Trace(fHorodatage(1))

PROCÉDURE Horodatage() : entier
RENVOYER dhCommande // error: WL110:1 the result of Horodatage is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them

PROCÉDURE Echeance() : entier sur 2 octets
RENVOYER dLivraison + 1 // error: WL110:1 the result of Echeance is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them

PROCÉDURE Large() : entier sur 8 octets
RENVOYER dhCommande

PROCÉDURE Garde(nA est un entier sur 2 octets)
Trace(nA)
