// fModification vaut 0 (INFERRED : le runtime de WINDEV Mobile donne 0 par défaut au type
// de date de fDate, et l'aide fait de fModification le défaut ; docs/builtins.md
// "Constant values") : fDate(f, 0) et fDate(f) lisent la même date.
f est une chaîne = fRepTemp() + "/wl_fdate_valeurs_des_types.txt"
fSauveTexte(f, "x")
Trace(FMODIFICATION, fDate(f, 0) = fDate(f), fDate(f, fModification) = fDate(f))  // expect: 0, 1, 1
Trace(fDate(f, "20200315", 0), fDate(f))                                         // expect: 1, 20200315
fSupprime(f)
