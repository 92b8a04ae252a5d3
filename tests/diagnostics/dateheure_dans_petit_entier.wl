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
Trace(nFaux, nNonSigné, nHorodatage, nJour)
