// fDate / fHeure / fDateHeure : lire la date d'un fichier (fModification par défaut,
// fCréation, fAccès) ou la changer, la nouvelle valeur en deuxième paramètre (?3036008,
// docs/builtins.md "fDate's second parameter")
sFic est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fdate_fr_" + Hasard(1, 999999999) + ".txt"
fSauveTexte(sFic, "x")
Trace(fDate(sFic, "20211224"), fDate(sFic, fModification)) // expect: 1, 20211224
Trace(fHeure(sFic, "08150000"), fDateHeure(sFic)) // expect: 1, 2021122408150000
Trace(FDATEHEURE(sFic, "20220101120000", fAcces), fdate(sFic, fAccès)) // expect: 1, 20220101
Trace(fDate(sFic, "20220101", fCréation), ErreurDétectée) // expect: 0, 1
fSupprime(sFic)
Trace(fDate(sFic, fModification, fAccès)) // expect error: fDate: a third parameter (the kind of date) follows a new date to set
