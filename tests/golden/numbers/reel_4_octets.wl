// Un réel sur 4 octets garde ce que dit la page Réel (?1514048 : « jusqu'à 6 chiffres
// significatifs », de 3.4e-38 à 3.4e38) : arrondi en simple précision, gardé comme la plus
// courte écriture décimale qui donne la même valeur ; au-delà, « Numeric overflow »
// (docs/semantics.md). Il gardait un réel sur 8 octets.
r est un réel sur 4 octets = 0.1
Trace(r) // expect: 0.1
r = 123456.789
Trace(r) // expect: 123456.79
tiers est un réel sur 4 octets = 1 / 3
Trace(tiers) // expect: 0.33333334
tabPoids est un tableau de 3 réels sur 4 octets
tabPoids[1] = 2.718281828
Trace(tabPoids[1]) // expect: 2.7182817
QUAND EXCEPTION DANS
    r = 1e39
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 1000000000000000000000000000000000000000 is beyond the largest 4-byte real (about 3.4e38).
FIN
