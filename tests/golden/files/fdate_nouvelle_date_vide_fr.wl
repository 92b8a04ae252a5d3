// fDate / fHeure / fDateHeure avec "" à la place de la nouvelle date lisent la date du
// type donné en troisième (INFERRED, docs/builtins.md « fDate's second parameter ») : le
// code porté écrit fDate(sFic, "", fCréation) pour sauter la valeur optionnelle ; le
// programme s'arrêtait (« '' is not a valid date »). Une vraie date change toujours le fichier.
sFic est une chaîne = fRepTemp() + fSep() + "wl_golden_fdate_vide_" + Hasard(1, 999999999) + ".txt"
fSauveTexte(sFic, "x")
Trace(fDate(sFic, "", fModification) = fDate(sFic)) // expect: 1
Trace(fDate(sFic, "", fAccès) = fDate(sFic, fAccès), fDate(sFic, "") = fDate(sFic)) // expect: 1, 1
Trace(fHeure(sFic, "", fModification) = fHeure(sFic), Gauche(fDateHeure(sFic, ""), 8) = fDate(sFic)) // expect: 1, 1
Trace(fDate(sFic, "20200131"), fDate(sFic, "", fModification)) // expect: 1, 20200131
fSupprime(sFic)
