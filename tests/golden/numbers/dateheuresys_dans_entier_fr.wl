// DateHeureSys() donne une DateHeure de 16 chiffres (centièmes : AAAAMMJJHHMMSSCC), là où
// une variable DateHeure en garde 17 (millièmes) : rangée dans un entier de moins de 8
// octets, c'est l'erreur capturable "Numeric overflow", dont les mots nomment les chiffres
// de la valeur (ils en nommaient 17 pour une valeur de 16).
// INFERRED : docs/semantics.md "A DateTime stored into an integer".
QUAND EXCEPTION DANS
    nMaintenant est un entier = DateHeureSys()
    Trace(nMaintenant)
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(Droite(ExceptionInfo(errMessage), 58)) // expect: a DateTime's digits (YYYYMMDDHHMMSSCC) need an 8-byte int.
FIN
nLarge est un entier sur 8 octets = DateHeureSys()
Trace(Taille(NumériqueVersChaîne(nLarge))) // expect: 16
