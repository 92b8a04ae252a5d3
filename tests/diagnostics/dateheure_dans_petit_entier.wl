// Une variable DateHeure rangée dans un entier de moins de 8 octets : l'exécution
// s'arrête sur "Numeric overflow" (ses 17 chiffres, AAAAMMJJHHMMSSCCC, dépassent la
// plage ; ils étaient repliés), le contrôle le dit là ; un entier sur 8 octets les garde,
// et dans un QUAND EXCEPTION l'exécution continue (docs/semantics.md "A DateTime stored
// into an integer").
dhCommande est une DateHeure = "20251207103000000"
nFaux est un entier = dhCommande // error: WL110:1 'nFaux' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
nNonSigné est un entier sans signe sur 4 octets
nNonSigné = dhCommande // error: WL110:1 'nNonSigné' is an unsigned 4-byte int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
nHorodatage est un entier sur 8 octets = dhCommande
dJour est une Date = dhCommande
nJour est un entier = dJour
QUAND EXCEPTION DANS
    nFaux = dhCommande
FAIRE
    Trace(ExceptionInfo(errMessage))
FIN
// De même pour un membre, un élément, un élément de tableau associatif et un paramètre
// (le contrôle ne le disait que d'une variable), et depuis un membre déclaré DateHeure.
STCommande est une Structure
    nQuand est un entier
    dhQuand est une DateHeure
FIN
CStock est une Classe
    nVu est un entier sur 2 octets
FIN
stCommande est un STCommande
oStock est un CStock
tHorodatages est un tableau de 2 entiers
taHorodatages est un tableau associatif d'entiers
stCommande.nQuand = dhCommande // error: WL110:1 'stCommande.nQuand' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
tHorodatages[1] = dhCommande // error: WL110:1 'tHorodatages[...]' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
oStock.nVu = dhCommande // error: WL110:1 'oStock.nVu' is a 2-byte int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
taHorodatages["a"] = dhCommande // error: WL110:1 'taHorodatages[...]' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
stCommande.dhQuand = dhCommande
nFaux = stCommande.dhQuand // error: WL110:1 'nFaux' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
Garde(dhCommande) // error: WL110:7 the parameter 'nA' of Garde is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
GardeCopie(stCommande.dhQuand) // error: WL110:12 the parameter 'nA' of GardeCopie is an unsigned 4-byte int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
GardeLarge(dhCommande)
// Une fonction qui la range dans un élément : TableauAjoute, TableauInsère, TableauAjouteTrié,
// TableauAjouteLigne et leurs méthodes (l'exécution s'arrête à l'appel).
TableauAjoute(tHorodatages, dhCommande) // error: WL110:29 an element of 'tHorodatages' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
tHorodatages.Insère(1, stCommande.dhQuand) // error: WL110:24 an element of 'tHorodatages' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
// Une valeur que le code dit DateHeure : le résultat déclaré ainsi d'une fonction ou d'une
// procédure, une DateHeure déplacée de jours ou d'une durée ; pas une Date ni une Durée.
nFaux = DateHeureSys() // error: WL110:1 'nFaux' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
stCommande.nQuand = dhCommande + 1 // error: WL110:1 'stCommande.nQuand' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
Garde(DernierHorodatage()) // error: WL110:7 the parameter 'nA' of Garde is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
TableauAjoute(tHorodatages, dhCommande + 2 h) // error: WL110:29 an element of 'tHorodatages' is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the run stops (Numeric overflow); an 8-byte int holds them
nJour = DateSys()
nJour = dhCommande - dhCommande
tLarge est un tableau d'entiers sur 8 octets
TableauAjouteTrié(tLarge, dhCommande)
QUAND EXCEPTION DANS
    tHorodatages[2] = dhCommande
    Garde(dhCommande)
FAIRE
    Trace(ExceptionInfo(errMessage))
FIN
Trace(nFaux, nNonSigné, nHorodatage, nJour, stCommande.nQuand, tHorodatages[1], oStock.nVu, taHorodatages["a"], tLarge[1])

PROCÉDURE Garde(nA est un entier)
Trace(nA)

PROCÉDURE GardeCopie(LOCAL nA est un entier sans signe sur 4 octets)
Trace(nA)

PROCÉDURE GardeLarge(nA est un entier sur 8 octets)
Trace(nA)

PROCÉDURE DernierHorodatage() : DateHeure
RENVOYER DateHeureSys()
