// fSupprime(fichier [, option]) : un fichier en lecture seule n'est supprimé qu'avec
// frLectureSeule ; frVersCorbeille est refusé, le fichier laissé (INFERRED,
// docs/builtins.md "fDelete's option")
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fsupprime_ls_" + Hasard(1, 999999999)
fRepCrée(sRep)
sFic est une chaîne = sRep + "/verrou.txt"
fSauveTexte(sFic, "x")
fAttributLectureSeule(sFic, Vrai)
Trace(fSupprime(sFic), ErreurDétectée, fFichierExiste(sFic)) // expect: 0, 1, 1
Trace(fSupprime(sFic, frVersCorbeille), fFichierExiste(sFic)) // expect: 0, 1
Trace(fSupprime(sFic, frLectureSeule), fFichierExiste(sFic)) // expect: 1, 0
fRepSupprime(sRep)
