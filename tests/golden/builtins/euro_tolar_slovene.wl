// eSIT, le tolar slovène (34), comme l'exemple Euro de PC SOFT en déclare le taux : pas
// de taux tant qu'eInitDevise n'en donne pas
Trace(esit, eNomDevise(eSIT))   // expect: 34, SIT
Trace(eVersEuro(100, eSIT), ErreurDétectée)   // expect: 0, 1
eInitDevise(eSIT, "SIT", 239.640)
Trace(eVersEuro(479.28, eSIT))   // expect: 2
