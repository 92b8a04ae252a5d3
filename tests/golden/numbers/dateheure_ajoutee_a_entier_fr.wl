// `n += dh` est `n = n + dh` : un entier plus une DateHeure est cette DateHeure décalée
// de n jours, et ses 17 chiffres rangés dans un entier de moins de 8 octets arrêtent
// l'exécution avec le même "Numeric overflow" en mots (`+=` les repliait : -1079271488).
// Un entier sur 8 octets les contient. INFERRED : docs/semantics.md "A DateTime stored
// into an integer".
dhCommande est une DateHeure = "20251207103000000"
nJours est un entier = 5
QUAND EXCEPTION DANS
    nJours += dhCommande
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251212103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
FIN
Trace(nJours) // expect: 5
QUAND EXCEPTION DANS
    nJours = nJours + dhCommande
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251212103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
FIN
nLarge est un entier sur 8 octets = 2
nLarge += dhCommande
Trace(nLarge) // expect: 20251209103000000
