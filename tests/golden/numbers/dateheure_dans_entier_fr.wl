// Une DateHeure rangée dans un entier est ses 17 chiffres, AAAAMMJJHHMMSSCCC : un entier
// sur 8 octets les garde ; un entier plus petit est l'erreur capturable "Numeric overflow"
// en mots (les chiffres étaient repliés comme des bits : -1784304192, un nombre sans
// sens). Les 8 chiffres d'une Date tiennent dans un entier.
// INFERRED : docs/semantics.md "A DateTime stored into an integer".
dhCommande est une DateHeure = "20251207103000000"
nHorodatage est un entier sur 8 octets = dhCommande
Trace(nHorodatage) // expect: 20251207103000000
dJour est une Date = "20251207"
nJour est un entier = dJour
Trace(nJour) // expect: 20251207
QUAND EXCEPTION DANS
    nFaux est un entier = dhCommande
    Trace(nFaux)
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
FIN
nJour = 5
QUAND EXCEPTION DANS
    nJour = dhCommande
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
FIN
Trace(nJour) // expect: 5
STLigne est une Structure
    nQuand est un entier
    nQuand8 est un entier sur 8 octets
FIN
stLigne est un STLigne
stLigne.nQuand8 = dhCommande
Trace(stLigne.nQuand8) // expect: 20251207103000000
QUAND EXCEPTION DANS
    stLigne.nQuand = dhCommande
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
FIN
tabN est un tableau de 2 entiers sans signe sur 4 octets
QUAND EXCEPTION DANS
    tabN[1] = dhCommande
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest unsigned 4-byte int (4,294,967,295): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
FIN
vGardé est un Variant = dhCommande
QUAND EXCEPTION DANS
    nJour = vGardé
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
FIN
Trace(Gauche(dhCommande, 8), dhCommande..Année) // expect: 20251207, 2025
