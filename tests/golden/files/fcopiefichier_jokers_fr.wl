// fCopieFichier / fDéplaceFichier avec `*` ou `?` dans le nom du fichier source copient
// ou déplacent chaque fichier correspondant dans le répertoire destination (c'était
// "cannot copy '...*.txt'") ; aucun fichier correspondant, ou une destination qui n'est
// pas un répertoire : échec (Faux, ErreurDétectée). INFERRED (docs/builtins.md,
// "fCopyFile and fMoveFile with wildcards")
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fcopie_" + Hasard(1, 999999999)
fRepCrée(sRep + "/sauve")
fSauveTexte(sRep + "/facture1.txt", "1")
fSauveTexte(sRep + "/facture2.txt", "2")
Trace(fCopieFichier(sRep + "/facture?.txt", sRep + "/sauve")) // expect: 1
Trace(fFichierExiste(sRep + "/sauve/facture1.txt"), fFichierExiste(sRep + "/sauve/facture2.txt")) // expect: 1, 1
Trace(fDéplaceFichier(sRep + "/*.txt", sRep + "/sauve/facture1.txt")) // expect: 0
Trace(ErreurDétectée) // expect: 1
Trace(fDéplaceFichier(sRep + "/*.txt", sRep + "/sauve")) // expect: 1
Trace(fFichierExiste(sRep + "/facture1.txt")) // expect: 0
Trace(fRepSupprime(sRep, frRécursif)) // expect: 1
