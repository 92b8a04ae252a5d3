// Un nombre rangé dans un entier au-delà de sa plage (?1514049 donne les plages : -2 x 10^9
// à 2 x 10^9 pour un entier, -9 x 10^18 à 9 x 10^18 sur 8 octets, 0 à 255 sans signe sur
// 1 octet). Un entier reboucle (complément à deux, comme les entiers C de WINDEV :
// INFERRED) ; un réel, un monétaire ou un numérique est tronqué et, hors de la plage, est
// l'erreur interceptable "Numeric overflow" (errCode 1003), comme un monétaire hors de sa
// plage (1e19 donnait -1981284352). docs/semantics.md "Numbers out of range".
nCompteur est un entier = 2147483647
nCompteur++
Trace(nCompteur) // expect: -2147483648
rGrand est un réel = 1e19
QUAND EXCEPTION DANS
    nCompteur = rGrand
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
FIN
Trace(nCompteur) // expect: -2147483648
moMontant est un monétaire = -5000000000.75
QUAND EXCEPTION DANS
    nCompteur = moMontant
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: -5000000000 is beyond the smallest int (-2,147,483,648).
FIN
nLong est un entier sur 8 octets = rGrand / 10
Trace(nLong) // expect: 1000000000000000000
nLong = 1e18 * 9.2
Trace(nLong) // expect: 9200000000000000000
QUAND EXCEPTION DANS
    nLong = rGrand
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 10000000000000000000 is beyond the largest 8-byte int (9,223,372,036,854,775,807).
FIN
QUAND EXCEPTION DANS
    nOctet est un entier sans signe sur 1 octet = 255.9
    Trace(nOctet) // expect: 255
    rPresque est un réel = 256.5
    nOctet = rPresque
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 256 is beyond the largest unsigned 1-byte int (255).
FIN
// un texte lu comme un nombre de même : ses chiffres un réel ("1e19"), un entier reboucle
QUAND EXCEPTION DANS
    nCompteur = "1e19" // wl: ignore[WL110] (wl check says the run stops here: it does, caught)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
FIN
nCompteur = "4294967301"
Trace(nCompteur) // expect: 5
tValeurs est un tableau d'entiers
QUAND EXCEPTION DANS
    TableauAjoute(tValeurs, 3e10)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 30000000000 is beyond the largest int (2,147,483,647).
FIN
Trace(TableauOccurrence(tValeurs)) // expect: 0
nCompteur = -3e9 // expect error: Numeric overflow: -3000000000 is beyond the smallest int (-2,147,483,648).
